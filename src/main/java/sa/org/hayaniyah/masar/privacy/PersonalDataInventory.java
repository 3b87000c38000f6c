package sa.org.hayaniyah.masar.privacy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One module's part of the inventory of personal data: its tables with every column classed personal or other, the
 * process variables its forms and steps write, classed likewise, and the files it writes.
 */
public record PersonalDataInventory(List<Table> tables, Set<String> personalVariables, Set<String> otherVariables,
		List<Path> files) {

	/** A table and all its columns (lower case): a column in neither set fails the inventory test. */
	public record Table(String name, Set<String> personal, Set<String> other) {

		public static Table of(String name, String personal, String other) {
			return new Table(name, words(personal), words(other));
		}

	}

	public static PersonalDataInventory of(Table... tables) {
		return new PersonalDataInventory(List.of(tables), Set.of(), Set.of(), List.of());
	}

	public PersonalDataInventory variables(String personal, String other) {
		return new PersonalDataInventory(tables, words(personal), words(other), files);
	}

	public PersonalDataInventory files(Path... more) {
		return new PersonalDataInventory(tables, personalVariables, otherVariables,
				Stream.concat(files.stream(), Arrays.stream(more)).toList());
	}

	private static Set<String> words(String list) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : list.trim().split("[\\s,]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return Set.copyOf(words);
	}

}
