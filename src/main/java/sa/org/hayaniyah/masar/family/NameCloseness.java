package sa.org.hayaniyah.masar.family;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How close a family's name is to the name typed, from 0 to 1, both already folded by {@link FamilyNames}. The same
 * ranking on PostgreSQL and H2 (the database only finds the candidates): the whole name typed scores 1; then each word
 * typed counts by its best match among the name's words (the same word 1, the start of a word 0.8, else the words'
 * trigram similarity, which forgives a letter mistyped); a name that has few words besides those typed, and has them
 * in the order typed, ranks higher.
 */
final class NameCloseness {

	private NameCloseness() {
	}

	static double score(List<String> typed, String name) {
		if (name == null || name.isBlank() || typed.isEmpty()) {
			return 0;
		}
		if (String.join(" ", typed).equals(name)) {
			return 1;
		}
		List<String> words = List.of(name.split(" "));
		double matched = 0;
		int covered = 0;
		int lastPosition = -1;
		boolean inOrder = true;
		for (String word : typed) {
			double best = 0;
			int position = -1;
			for (int i = 0; i < words.size(); i++) {
				double match = wordMatch(word, words.get(i));
				if (match > best) {
					best = match;
					position = i;
				}
			}
			matched += best;
			if (best >= 0.8) {
				covered++;
			}
			inOrder &= position > lastPosition;
			lastPosition = Math.max(position, lastPosition);
		}
		double nameWords = words.size();
		double score = 0.7 * matched / typed.size() + 0.2 * Math.min(1, covered / nameWords) + (inOrder ? 0.09 : 0);
		return Math.round(Math.min(score, 0.99) * 1000) / 1000.0;
	}

	private static double wordMatch(String typed, String word) {
		if (typed.equals(word)) {
			return 1;
		}
		if (word.startsWith(typed)) {
			return 0.8;
		}
		return Math.min(0.75, similarity(typed, word));
	}

	/** pg_trgm's similarity of two words: shared trigrams of the word padded with two spaces before and one after. */
	static double similarity(String a, String b) {
		Set<String> x = trigrams(a);
		Set<String> y = trigrams(b);
		Set<String> shared = new HashSet<>(x);
		shared.retainAll(y);
		return (double) shared.size() / (x.size() + y.size() - shared.size());
	}

	private static Set<String> trigrams(String word) {
		String padded = "  " + word + " ";
		Set<String> trigrams = new HashSet<>();
		for (int i = 0; i + 3 <= padded.length(); i++) {
			trigrams.add(padded.substring(i, i + 3));
		}
		return trigrams;
	}

}
