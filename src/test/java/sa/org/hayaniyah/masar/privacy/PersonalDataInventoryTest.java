package sa.org.hayaniyah.masar.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;

/**
 * The inventory of personal data is whole: every column of every table Flyway made, and every field of every form
 * (a process variable), is classed by the module that owns it as personal or not. A new column or field fails here
 * until its module says which; the export and retention then treat it through that module.
 */
@MasarIntegrationTest
class PersonalDataInventoryTest extends DatabaseTestSupport {

	@Autowired
	PersonalDataContributors contributors;

	@Autowired
	DataSource dataSource;

	@Test
	void everyColumnOfEveryDomainTableIsInTheInventory() throws Exception {
		Map<String, Set<String>> schema = schema();
		Map<String, Set<String>> inventory = new TreeMap<>();
		for (PersonalDataInventory part : contributors.inventory()) {
			for (Table table : part.tables()) {
				assertThat(inventory).as("one module owns " + table.name()).doesNotContainKey(table.name());
				assertThat(table.personal()).as("a column of " + table.name() + " is personal or not, never both")
					.doesNotContainAnyElementsOf(table.other());
				Set<String> columns = new TreeSet<>(table.personal());
				columns.addAll(table.other());
				inventory.put(table.name(), columns);
			}
		}
		assertThat(inventory).as("tables and columns in the schema and in the inventory (privacy.PersonalDataContributor)")
			.isEqualTo(schema);
	}

	@Test
	void everyFormFieldIsInTheInventory() throws Exception {
		Set<String> personal = new HashSet<>();
		Set<String> other = new HashSet<>();
		contributors.inventory().forEach(part -> {
			personal.addAll(part.personalVariables());
			other.addAll(part.otherVariables());
		});
		assertThat(personal).as("a variable is personal or not, never both").doesNotContainAnyElementsOf(other);
		Set<String> fields = new TreeSet<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
				collectKeys(new ObjectMapper().readTree(form.toFile()), fields);
			}
		}
		assertThat(fields).isNotEmpty();
		fields.removeAll(personal);
		fields.removeAll(other);
		assertThat(fields).as("form fields no module's inventory classes").isEmpty();
		assertThat(personal).contains("nationalId", "mobile", "applicantName", "householdMembers", "email", "surveyComment",
				"recoveryAction", "question", "answer");
	}

	@Test
	void theInventoryNamesTheOutboxFiles() {
		assertThat(contributors.inventory().stream().flatMap(part -> part.files().stream()).map(p -> p.getFileName().toString()))
			.contains("sms.log", "email.log", "internal.log");
	}

	private static void collectKeys(JsonNode node, Set<String> keys) {
		if (node.isObject()) {
			if (node.hasNonNull("key") && node.hasNonNull("type")) {
				keys.add(node.get("key").asText());
			}
			if (node.hasNonNull("path") && node.hasNonNull("type")) {
				keys.add(node.get("path").asText());
			}
		}
		node.forEach(child -> collectKeys(child, keys));
	}

	/**
	 * Flyway's tables, columns lower case; the engine's ACT_* tables are the engine's (its API, not SQL). The views
	 * modules publish to each other hold nothing: their rows are their owner's tables'.
	 */
	private Map<String, Set<String>> schema() throws Exception {
		Map<String, Set<String>> tables = new HashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			Set<String> views = new HashSet<>();
			try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] { "VIEW" })) {
				while (rs.next()) {
					views.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (!table.startsWith("act_") && !table.equals("flyway_schema_history") && !views.contains(table)) {
						tables.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return new TreeMap<>(tables);
	}

}
