package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.common.OwnsTables;

/**
 * Each module owns its tables (issue 25), as {@link ModularityTest} holds the Java dependencies, which cannot see SQL.
 * Owners are declared by {@link OwnsTables} on each module's package-info; the schema is what the Flyway migrations
 * create. A module's SQL (string literals and text blocks of its Java sources, SQL and XML resources in its package)
 * may name its own tables, its own views and the views other modules publish, never another module's table; a
 * published view reads only its owner's tables. Plain JUnit: no Spring context, no database.
 */
class ModuleTablesTest {

	private static final Path SOURCES = Path.of("src/main/java/sa/org/hayaniyah/masar");

	private static final Path RESOURCES = Path.of("src/main/resources/sa/org/hayaniyah/masar");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db");

	private static final String BASE_PACKAGE = "sa.org.hayaniyah.masar";

	@Test
	void everyTableAndViewHasExactlyOneOwner() {
		Schema schema = Schema.read(MIGRATIONS);
		Map<String, OwnsTables> owners = owners();
		Map<String, List<String>> tableOwners = new TreeMap<>();
		Map<String, List<String>> viewOwners = new TreeMap<>();
		schema.tables().forEach(t -> tableOwners.put(t, new ArrayList<>()));
		schema.views().keySet().forEach(v -> viewOwners.put(v, new ArrayList<>()));
		List<String> problems = new ArrayList<>();
		owners.forEach((module, owns) -> {
			for (String table : owns.value()) {
				if (!schema.tables().contains(table)) {
					problems.add(module + " declares table " + table + ", which no migration creates");
				}
				else {
					tableOwners.get(table).add(module);
				}
			}
			for (String view : owns.views()) {
				if (!schema.views().containsKey(view)) {
					problems.add(module + " declares view " + view + ", which no migration creates");
				}
				else {
					viewOwners.get(view).add(module);
				}
			}
		});
		tableOwners.forEach((table, modules) -> {
			if (modules.size() != 1) {
				problems.add("table " + table + " is owned by " + (modules.isEmpty() ? "no module" : modules)
						+ ": declare it in exactly one module's @OwnsTables");
			}
		});
		viewOwners.forEach((view, modules) -> {
			if (modules.size() != 1) {
				problems.add("view " + view + " is published by " + (modules.isEmpty() ? "no module" : modules)
						+ ": declare it in exactly one module's @OwnsTables(views = ...)");
			}
		});
		System.out.printf("ModuleTablesTest: %d tables, %d views, %d owning modules%n", schema.tables().size(),
				schema.views().size(), owners.size());
		assertThat(schema.tables()).as("tables the migrations create").hasSizeGreaterThan(20);
		assertThat(problems).as("ownership of the schema").isEmpty();
	}

	@Test
	void aPublishedViewReadsOnlyItsOwnersTables() {
		Schema schema = Schema.read(MIGRATIONS);
		Ownership ownership = Ownership.of(owners());
		List<String> problems = new ArrayList<>();
		schema.views().forEach((view, definition) -> {
			String owner = ownership.ownerOf(view);
			for (String name : SqlNames.in(definition, schema.names()).names().keySet()) {
				String other = ownership.ownerOf(name);
				if (owner != null && !owner.equals(other)) {
					problems.add("view " + view + " of " + owner + " reads " + name + " of " + other
							+ ": a module publishes views of its own tables only");
				}
			}
		});
		assertThat(problems).as("published views").isEmpty();
	}

	@Test
	void aModulesSqlNamesNoOtherModulesTable() throws IOException {
		Schema schema = Schema.read(MIGRATIONS);
		Ownership ownership = Ownership.of(owners());
		List<String> violations = new ArrayList<>();
		int files = 0;
		int statements = 0;
		for (String module : modules()) {
			for (Path file : sourcesOf(module)) {
				Scan scan = scan(module, file.toString(), Files.readString(file, StandardCharsets.UTF_8),
						file.toString().endsWith(".java"), schema, ownership);
				violations.addAll(scan.violations());
				statements += scan.statements();
				files++;
			}
		}
		System.out.printf("ModuleTablesTest: %d modules, %d files, %d SQL statements scanned%n", modules().size(), files,
				statements);
		// a scanner that finds nothing would pass anything
		assertThat(statements).as("SQL statements found in the modules' sources").isGreaterThan(150);
		assertThat(violations).as("SQL naming another module's table (use its Java API or a view it publishes)")
			.isEmpty();
	}

	/** The check can fail: a synthetic outreach source joining registration's and intake's tables. */
	@Test
	void namingAnotherModulesTableIsAViolation() {
		Schema schema = Schema.read(MIGRATIONS);
		Ownership ownership = Ownership.of(owners());
		String source = """
				class Snippet {
					String expiring = \"""
						select B.id, r.id FROM Beneficiary AS b
						JOIN "support_request" r ON r.national_id = b.national_id
						WHERE NOT EXISTS (SELECT 1 FROM outreach_follow_up f WHERE f.beneficiary_id = b.id)\""";
					String served = "SELECT COUNT(*) FROM outreach_follow_up f, "
						+ "public.service_delivery d WHERE f.id = d.id";
					String moved = "UPDATE notification SET status = 'SENT'";
					String dynamic = "SELECT COUNT(*) FROM " + table;
					String view = "SELECT id FROM beneficiary_file WHERE national_id = ?";
				}
				""";
		Scan scan = scan("outreach", "Snippet.java", source, true, schema, ownership);
		assertThat(scan.violations()).containsExactly(
				"outreach: Snippet.java:3 names beneficiary, a table of registration",
				"outreach: Snippet.java:4 names support_request, a table of intake",
				"outreach: Snippet.java:6 names service_delivery, a table of delivery",
				"outreach: Snippet.java:8 names notification, a table of notification",
				"outreach: Snippet.java:9 names a table built at run time: write its name in the SQL");
		assertThat(scan.statements()).isEqualTo(5);
	}

	/** Java words, comments and messages are not SQL, whatever table names they contain. */
	@Test
	void ordinaryJavaIsNotSql() {
		Schema schema = Schema.read(MIGRATIONS);
		Ownership ownership = Ownership.of(owners());
		String source = """
				import java.util.Map; // SELECT * FROM beneficiary
				/* DELETE FROM support_request */
				class Snippet {
					Object update(Object from, Object into) { return from; }
					String message = "a reply from inquiry desk, update notification later";
					String variable = "beneficiary";
					char quote = '"';
					String escaped = "He said \\"FROM\\" beneficiary";
					String own = "SELECT id FROM outreach_follow_up WHERE id = ?";
				}
				""";
		Scan scan = scan("outreach", "Snippet.java", source, true, schema, ownership);
		assertThat(scan.violations()).isEmpty();
		assertThat(scan.statements()).isEqualTo(1);
	}

	record Scan(List<String> violations, int statements) {
	}

	private static Scan scan(String module, String file, String text, boolean java, Schema schema,
			Ownership ownership) {
		List<String> violations = new ArrayList<>();
		int statements = 0;
		List<Literal> texts = java ? Literal.in(text) : List.of(new Literal(text, 1));
		for (Literal literal : texts) {
			SqlNames found = SqlNames.in(literal.text(), schema.names());
			if (!found.sql()) {
				continue;
			}
			statements++;
			if (found.dynamic()) {
				violations.add(module + ": " + file + ":" + literal.line()
						+ " names a table built at run time: write its name in the SQL");
			}
			found.names().forEach((name, offset) -> {
				String owner = ownership.ownerOf(name);
				if (schema.tables().contains(name) && !module.equals(owner)) {
					violations.add(module + ": " + file + ":" + literal.lineAt(offset) + " names " + name + ", a table of "
							+ owner);
				}
			});
		}
		return new Scan(violations, statements);
	}

	/** Modules are the packages directly under the application's. */
	private static List<String> modules() {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> sourcesOf(String module) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> java = Files.walk(SOURCES.resolve(module))) {
			java.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
		}
		if (Files.isDirectory(RESOURCES.resolve(module))) {
			try (Stream<Path> resources = Files.walk(RESOURCES.resolve(module))) {
				resources.filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".xml"))
					.sorted()
					.forEach(files::add);
			}
		}
		return files;
	}

	private static Map<String, OwnsTables> owners() {
		Map<String, OwnsTables> owners = new TreeMap<>();
		for (String module : modules()) {
			try {
				OwnsTables owns = Class.forName(BASE_PACKAGE + "." + module + ".package-info")
					.getAnnotation(OwnsTables.class);
				if (owns != null) {
					owners.put(module, owns);
				}
			}
			catch (ClassNotFoundException e) {
				// no package-info: the module owns no table
			}
		}
		return owners;
	}

	/** Table or view name to its owning module. */
	private record Ownership(Map<String, String> owner) {

		static Ownership of(Map<String, OwnsTables> owners) {
			Map<String, String> owner = new LinkedHashMap<>();
			owners.forEach((module, owns) -> {
				Stream.of(owns.value()).forEach(t -> owner.put(t, module));
				Stream.of(owns.views()).forEach(v -> owner.put(v, module));
			});
			return new Ownership(owner);
		}

		String ownerOf(String name) {
			return owner.get(name);
		}

	}

	/** The tables and views the migrations leave, views with their definitions. */
	record Schema(Set<String> tables, Map<String, String> views) {

		private static final Pattern STATEMENT = Pattern.compile(
				"(?is)\\b(?:CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"
						+ "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+(\\w+)(?:\\s*\\([^)]*\\))?\\s+AS\\s+([^;]+)"
						+ "|DROP\\s+(?:TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+))");

		static Schema read(Path migrations) {
			Set<String> tables = new TreeSet<>();
			Map<String, String> views = new TreeMap<>();
			try (Stream<Path> files = Files.walk(migrations)) {
				for (Path file : files.filter(p -> p.toString().endsWith(".sql"))
					.sorted(Comparator.comparingInt(Schema::version))
					.toList()) {
					String sql = Files.readString(file, StandardCharsets.UTF_8)
						.replaceAll("(?s)/\\*.*?\\*/", " ")
						.replaceAll("--[^\\n]*", " ");
					Matcher m = STATEMENT.matcher(sql);
					while (m.find()) {
						if (m.group(1) != null) {
							tables.add(m.group(1).toLowerCase(Locale.ROOT));
						}
						else if (m.group(2) != null) {
							views.put(m.group(2).toLowerCase(Locale.ROOT), m.group(3));
						}
						else {
							tables.remove(m.group(4).toLowerCase(Locale.ROOT));
							views.remove(m.group(4).toLowerCase(Locale.ROOT));
						}
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return new Schema(tables, views);
		}

		Set<String> names() {
			Set<String> names = new TreeSet<>(tables);
			names.addAll(views.keySet());
			return names;
		}

		/** V14__x.sql is 14; the vendor folders' migrations sort with the common ones by version. */
		private static int version(Path file) {
			Matcher m = Pattern.compile("^V(\\d+)__").matcher(file.getFileName().toString());
			return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
		}

	}

	/**
	 * The schema's tables and views a piece of SQL names after FROM, JOIN, INTO, UPDATE, TABLE or USING (DELETE FROM,
	 * EXISTS (SELECT ... FROM ...) and comma lists included), in any case, quoted or with a schema, with or without
	 * alias. A text is SQL when it reads as a statement (SELECT ... FROM, INSERT INTO, UPDATE ... SET, DELETE FROM,
	 * MERGE INTO) in any case, or names a table after one of those words written in capitals (a fragment such as
	 * {@code " JOIN beneficiary b ON ..."}); prose ("a reply from inquiry") is not.
	 */
	record SqlNames(boolean sql, boolean dynamic, Map<String, Integer> names) {

		private static final String NAME = "\"?(?:\\w+\"?\\.\"?)?(\\w+)\"?";

		private static final Pattern STATEMENT = Pattern.compile("(?is)\\bSELECT\\b.*\\bFROM\\b|\\bINSERT\\s+INTO\\b"
				+ "|\\bUPDATE\\s+\\S+\\s+SET\\b|\\bDELETE\\s+FROM\\b|\\bMERGE\\s+INTO\\b");

		private static final String KEYWORD = "(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)";

		/** An alias, which is never one of the words that may follow a table. */
		private static final String ALIAS = "(?:\\s+(?:AS\\s+)?(?!(?:JOIN|WHERE|ON|LEFT|RIGHT|INNER|OUTER|FULL|CROSS"
				+ "|NATURAL|GROUP|ORDER|HAVING|UNION|EXCEPT|INTERSECT|SET|VALUES|USING|SELECT|LIMIT|OFFSET|FETCH|FOR"
				+ "|RETURNING|WINDOW)\\b)\\w+)?";

		private static final Pattern REFERENCE = Pattern.compile("(?i)\\b" + KEYWORD + "\\s+(" + NAME + ALIAS
				+ "(?:\\s*,\\s*" + NAME + ALIAS + ")*)");

		private static final Pattern CAPITALS = Pattern.compile("\\b" + KEYWORD + "\\s+" + NAME);

		private static final Pattern ITEM = Pattern.compile("(?:^|,)\\s*" + NAME);

		/** A keyword with nothing after it: the name is concatenated or formatted in. */
		private static final Pattern DYNAMIC = Pattern.compile("(?i)\\b" + KEYWORD + "\\s*(?:$|%s|\\{)");

		static SqlNames in(String text, Set<String> schema) {
			boolean statement = STATEMENT.matcher(text).find();
			Map<String, Integer> names = new LinkedHashMap<>();
			Matcher reference = REFERENCE.matcher(text);
			while (reference.find()) {
				Matcher item = ITEM.matcher(reference.group(1));
				while (item.find()) {
					String name = item.group(1).toLowerCase(Locale.ROOT);
					if (schema.contains(name)) {
						names.putIfAbsent(name, reference.start(1) + item.start(1));
					}
				}
			}
			boolean capitals = false;
			Matcher m = CAPITALS.matcher(text);
			while (m.find()) {
				capitals |= schema.contains(m.group(1).toLowerCase(Locale.ROOT));
			}
			boolean sql = statement || capitals;
			boolean dynamic = sql && DYNAMIC.matcher(text.strip()).find();
			return new SqlNames(sql, dynamic, sql ? names : Map.of());
		}

	}

	/**
	 * A string literal or text block of a Java source, with the line it starts on; literals joined by {@code +} are
	 * one. Comments and character literals are skipped; identifiers and other code are not text.
	 */
	record Literal(String text, int line) {

		/** The line of a position in the text (of the first literal, when literals were joined). */
		int lineAt(int offset) {
			return line + count(text, 0, offset);
		}

		static List<Literal> in(String source) {
			List<Literal> literals = new ArrayList<>();
			StringBuilder current = null;
			int start = 0;
			int line = 1;
			int i = 0;
			int n = source.length();
			while (i < n) {
				char c = source.charAt(i);
				if (source.startsWith("//", i)) {
					i = source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i);
				}
				else if (source.startsWith("/*", i)) {
					int end = source.indexOf("*/", i + 2);
					end = end < 0 ? n : end + 2;
					line += count(source, i, end);
					i = end;
				}
				else if (c == '\'') {
					int end = i + 1;
					while (end < n && source.charAt(end) != '\'') {
						end += source.charAt(end) == '\\' ? 2 : 1;
					}
					i = end + 1;
				}
				else if (c == '"') {
					boolean block = source.startsWith("\"\"\"", i);
					int from = i + (block ? 3 : 1);
					StringBuilder text = new StringBuilder();
					int j = from;
					while (j < n && !(block ? source.startsWith("\"\"\"", j) : source.charAt(j) == '"')) {
						if (source.charAt(j) == '\\' && j + 1 < n) {
							char escaped = source.charAt(j + 1);
							text.append(switch (escaped) {
								case 'n' -> '\n';
								case 't' -> '\t';
								default -> escaped;
							});
							j += 2;
						}
						else {
							text.append(source.charAt(j++));
						}
					}
					int end = Math.min(n, j + (block ? 3 : 1));
					if (current == null) {
						current = new StringBuilder();
						start = line;
					}
					current.append(text);
					line += count(source, i, end);
					i = end;
					// joined with the next literal when only a + (and blanks) comes between
					int k = i;
					while (k < n && Character.isWhitespace(source.charAt(k))) {
						k++;
					}
					boolean joined = false;
					if (k < n && source.charAt(k) == '+') {
						k++;
						while (k < n && Character.isWhitespace(source.charAt(k))) {
							k++;
						}
						joined = k < n && source.charAt(k) == '"';
					}
					if (!joined) {
						literals.add(new Literal(current.toString(), start));
						current = null;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					i++;
				}
			}
			return literals;
		}

		private static int count(String source, int from, int to) {
			int lines = 0;
			for (int i = from; i < to; i++) {
				lines += source.charAt(i) == '\n' ? 1 : 0;
			}
			return lines;
		}

	}

}
