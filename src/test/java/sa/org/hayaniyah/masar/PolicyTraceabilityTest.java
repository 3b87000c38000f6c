package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every clause of the policy has a row in docs/policy-traceability.md, and every BPMN element and file it names
 * exists; a BPMN element named for a clause carries the clause ID in its documentation.
 */
class PolicyTraceabilityTest {

	private static final Pattern CLAUSE = Pattern.compile("^- \\*\\*([A-Z][0-9])\\*\\*", Pattern.MULTILINE);

	private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][0-9]) \\|(.*)\\|(.*)\\|(.*)\\|$", Pattern.MULTILINE);

	private static final Pattern BPMN_REF = Pattern.compile("`([a-z-]+)#([A-Za-z_-]+)`");

	private static final Pattern FILE_REF = Pattern.compile("`([A-Za-z0-9_./-]+/[A-Za-z0-9_.-]+\\.[a-z]+)`");

	private static final Map<String, String[]> rows = new LinkedHashMap<>();

	private static final Map<String, BaseElement> elements = new HashMap<>();

	@BeforeAll
	static void read() throws IOException {
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/policy-traceability.md"), StandardCharsets.UTF_8));
		while (row.find()) {
			rows.put(row.group(1), new String[] { row.group(3), row.group(4) });
		}
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				for (Process process : model.getModelElementsByType(Process.class)) {
					model.getModelElementsByType(BaseElement.class)
						.forEach(e -> elements.put(process.getId() + "#" + e.getId(), e));
				}
			}
		}
	}

	@Test
	void everyClauseOfThePolicyHasARow() throws IOException {
		List<String> clauses = new ArrayList<>();
		Matcher m = CLAUSE.matcher(Files.readString(Path.of("docs/policy/CLAUSES.md"), StandardCharsets.UTF_8));
		while (m.find()) {
			clauses.add(m.group(1));
		}
		assertThat(clauses).hasSize(31);
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(clauses);
	}

	@Test
	void everyRowIsImplementedOrNamesTheIssueThatWill() {
		rows.forEach((clause, row) -> assertThat(BPMN_REF.matcher(row[0]).find() || FILE_REF.matcher(row[0]).find()
				|| row[1].contains("planned: issue #"))
			.as("clause %s", clause)
			.isTrue());
	}

	@Test
	void referencedBpmnElementsExistAndNameTheirClause() {
		rows.forEach((clause, row) -> {
			Matcher ref = BPMN_REF.matcher(row[0]);
			while (ref.find()) {
				String key = ref.group(1) + "#" + ref.group(2);
				assertThat(elements).as("clause %s references %s", clause, key).containsKey(key);
				String documentation = elements.get(key)
					.getChildElementsByType(Documentation.class)
					.stream()
					.map(Documentation::getTextContent)
					.reduce("", String::concat);
				assertThat(documentation).as("documentation of %s", key).contains("[" + clause + "]");
			}
		});
	}

	@Test
	void referencedFilesExist() {
		rows.forEach((clause, row) -> {
			Matcher ref = FILE_REF.matcher(row[0]);
			while (ref.find()) {
				assertThat(Path.of(ref.group(1))).as("clause %s references a file", clause).exists();
			}
		});
	}

	@Test
	void everyClauseNamedInTheDiagramsIsInThePolicy() {
		Pattern tag = Pattern.compile("\\[([A-Z][0-9])]");
		elements.values().forEach(e -> e.getChildElementsByType(Documentation.class).forEach(d -> {
			Matcher m = tag.matcher(d.getTextContent());
			while (m.find()) {
				assertThat(rows).as("clause %s named by %s", m.group(1), e.getId()).containsKey(m.group(1));
			}
		}));
	}

}
