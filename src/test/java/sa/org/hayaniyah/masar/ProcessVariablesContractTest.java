package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;
import sa.org.hayaniyah.masar.inquiry.InquiryVariables;
import sa.org.hayaniyah.masar.outreach.OutreachVariables;
import sa.org.hayaniyah.masar.outreach.Reason;
import sa.org.hayaniyah.masar.survey.SurveyVariables;

/**
 * A renamed form key, expression variable or template placeholder breaks at run time only; this test breaks first.
 * For each process it collects the names its files use and requires each to be declared in the process's accessor:
 * the keys of the forms its tasks and start events reference ({@code camunda:formRef}), the identifiers in its
 * expressions ({@code ${...}}, {@code #{...}}) and variable-naming attributes, the inputs of the decision tables it
 * evaluates, and the placeholders of the notification templates its send tasks use. Bean names (delegate
 * expressions, and a name followed by a method call or property), {@code execution}, {@code task} and EL keywords are
 * not variables.
 */
class ProcessVariablesContractTest {

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

	private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\(\\s*['\"]([A-Za-z_]\\w*)['\"]");

	private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");

	/** A name not after a dot, and not followed by a dot or a call: those are beans, methods or properties. */
	private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\s*[.(\\w])");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]\\w*)}");

	private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
			"ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

	/** Attributes whose value names a variable of the process the element is in. */
	private static final Set<String> NAMING_ATTRIBUTES = Set.of("initiator", "elementVariable", "resultVariable");

	private static final Path PROCESSES = Path.of("processes");

	private static final Path FORMS = Path.of("forms");

	private static final List<Contract> CONTRACTS = List.of(
			new Contract("beneficiary-journey.bpmn", JourneyVariables.class,
					List.of("eligibility.dmn", "required-documents.dmn"), List.of()),
			new Contract("beneficiary-inquiry.bpmn", InquiryVariables.class, List.of(), List.of()),
			// the follow-up's template is chosen at run time, from its reason
			new Contract("beneficiary-outreach.bpmn", OutreachVariables.class, List.of(),
					Arrays.stream(Reason.values()).map(Reason::template).filter(t -> t != null).distinct().toList()),
			new Contract("satisfaction-survey.bpmn", SurveyVariables.class, List.of(), List.of()));

	private static final Map<String, Class<?>> CALLED = Map.of("satisfaction-survey", SurveyVariables.class);

	private static Map<String, Set<String>> formKeys;

	private static Properties templates;

	private static Counts counts = new Counts();

	@BeforeAll
	static void readFormsAndTemplates() throws IOException {
		formKeys = new HashMap<>();
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.list(FORMS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = json.readTree(file.toFile());
				Set<String> keys = new LinkedHashSet<>();
				formFields(form, false, keys);
				formKeys.put(form.path("id").asText(), keys);
			}
		}
		templates = new Properties();
		try (InputStream in = ProcessVariablesContractTest.class.getResourceAsStream("/notifications/templates_ar.properties")) {
			templates.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	@Test
	void everyNameAProcessUsesIsDeclaredInItsAccessor() throws Exception {
		counts = new Counts();
		List<String> undeclared = new ArrayList<>();
		for (Contract contract : CONTRACTS) {
			undeclared.addAll(undeclared(contract));
		}
		assertThat(undeclared).as("names used in processes, forms and templates but not declared in the process's accessor")
			.isEmpty();
		// the test reads what it claims to read
		assertThat(counts.formKeys).isGreaterThan(100);
		assertThat(counts.expressionNames).isGreaterThan(20);
		assertThat(counts.placeholders).isGreaterThan(30);
		assertThat(counts.decisionInputs).isGreaterThanOrEqualTo(5);
		System.out.println("ProcessVariablesContractTest checked " + counts);
	}

	@Test
	void aNameMissingFromTheAccessorIsReportedWithItsFile() throws Exception {
		String bpmn = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
				  <bpmn:process id="synthetic">
				    <bpmn:userTask id="Task_Vote" camunda:formRef="form-committee-vote" camunda:assignee="${committeeMember}">
				      <bpmn:extensionElements><camunda:taskListener delegateExpression="${recordCommitteeVoteListener}" event="complete" /></bpmn:extensionElements>
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_1"><bpmn:conditionExpression>${comitteeOutcome == 'APPROVED' and declarations.hasSignedDeclaration(supportRequestId)}</bpmn:conditionExpression></bpmn:sequenceFlow>
				    <bpmn:sendTask id="Send" camunda:delegateExpression="${sendNotificationDelegate}">
				      <bpmn:extensionElements><camunda:field name="template"><camunda:string>survey-invitation</camunda:string></camunda:field></bpmn:extensionElements>
				    </bpmn:sendTask>
				  </bpmn:process>
				</bpmn:definitions>""";
		List<String> undeclared = undeclared("synthetic.bpmn", parse(bpmn), new Contract("synthetic.bpmn",
				JourneyVariables.class, List.of(), List.of()));
		// a misspelt variable in a condition, and a placeholder the journey does not have; the bean, the method and the
		// declared names are not reported
		assertThat(undeclared).containsExactlyInAnyOrder(
				"synthetic.bpmn: expression uses comitteeOutcome, not declared in JourneyVariables",
				"templates_ar.properties: template survey-invitation (synthetic.bpmn) uses surveyLink, not declared in JourneyVariables");
		assertThatThrownBy(() -> assertThat(undeclared).isEmpty()).hasMessageContaining("comitteeOutcome");
	}

	private static List<String> undeclared(Contract contract) throws Exception {
		Document bpmn = parse(Files.readString(PROCESSES.resolve(contract.bpmn())));
		List<String> undeclared = new ArrayList<>(undeclared(contract.bpmn(), bpmn, contract));
		Set<String> declared = declared(contract.accessor());
		for (String dmn : contract.decisions()) {
			NodeList texts = parse(Files.readString(PROCESSES.resolve(dmn))).getElementsByTagNameNS("*", "inputExpression");
			for (int i = 0; i < texts.getLength(); i++) {
				for (String name : identifiers(texts.item(i).getTextContent().strip())) {
					counts.decisionInputs++;
					report(undeclared, declared, dmn + ": input expression uses " + name, name, contract.accessor());
				}
			}
		}
		return undeclared;
	}

	private static List<String> undeclared(String file, Document bpmn, Contract contract) throws Exception {
		Set<String> declared = declared(contract.accessor());
		Class<?> accessor = contract.accessor();
		List<String> undeclared = new ArrayList<>();
		List<String> templateNames = new ArrayList<>(contract.runtimeTemplates());
		NodeList all = bpmn.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				Attr attribute = (Attr) attributes.item(a);
				String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
				String value = attribute.getValue();
				if (local.equals("formRef")) {
					Set<String> keys = formKeys.get(value);
					assertThat(keys).as(file + " references " + value + ", which no file in forms/ has as its id").isNotNull();
					for (String key : keys) {
						counts.formKeys++;
						report(undeclared, declared, "form " + value + " (" + file + ") has field " + key, key, accessor);
					}
				}
				else if (NAMING_ATTRIBUTES.contains(local) && CAMUNDA.equals(attribute.getNamespaceURI())
						|| local.equals("source") && element.getLocalName().equals("in")
						|| local.equals("target") && element.getLocalName().equals("out")
						|| local.equals("name") && element.getLocalName().matches("inputParameter|outputParameter")) {
					counts.expressionNames++;
					report(undeclared, declared, file + ": " + element.getLocalName() + " " + local + " names " + value,
							value, accessor);
				}
				else if (local.equals("target") && element.getLocalName().equals("in")) {
					// what a call activity passes in is a variable of the process it calls
					Class<?> called = CALLED.get(((Element) element.getParentNode().getParentNode()).getAttribute("calledElement"));
					assertThat(called).as(file + " passes " + value + " to a process this test does not know").isNotNull();
					counts.expressionNames++;
					report(undeclared, declared(called), file + ": call activity passes in " + value, value, called);
				}
				else if (!local.equals("delegateExpression")) {
					expressionNames(file, value, declared, accessor, undeclared);
				}
			}
			if (element.getLocalName().equals("field") && "template".equals(element.getAttribute("name"))) {
				templateNames.addAll(templatesOf(element));
			}
			else if (!element.getLocalName().matches("in|out") && element.getFirstChild() != null
					&& element.getFirstChild().getNodeType() == Node.TEXT_NODE) {
				expressionNames(file, element.getFirstChild().getNodeValue(), declared, accessor, undeclared);
			}
		}
		for (String template : templateNames) {
			String text = templates.getProperty(template);
			assertThat(text).as(file + " sends template " + template + ", which templates_ar.properties lacks").isNotNull();
			Matcher placeholder = PLACEHOLDER.matcher(text);
			while (placeholder.find()) {
				counts.placeholders++;
				report(undeclared, declared, "templates_ar.properties: template " + template + " (" + file + ") uses "
						+ placeholder.group(1), placeholder.group(1), accessor);
			}
		}
		return undeclared;
	}

	/** A fixed template, or every template whose name starts with the expression's fixed part (decision-...). */
	private static List<String> templatesOf(Element field) {
		Element value = (Element) field.getElementsByTagNameNS(CAMUNDA, "*").item(0);
		String text = value.getTextContent().strip();
		if (value.getLocalName().equals("string")) {
			return List.of(text);
		}
		String prefix = text.replaceAll("[$#]\\{.*", "");
		return prefix.isEmpty() ? List.of()
				: templates.stringPropertyNames().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
	}

	private static void expressionNames(String file, String text, Set<String> declared, Class<?> accessor,
			List<String> undeclared) {
		Matcher expression = EXPRESSION.matcher(text);
		while (expression.find()) {
			for (String name : identifiers(expression.group(1))) {
				counts.expressionNames++;
				report(undeclared, declared, file + ": expression uses " + name, name, accessor);
			}
		}
	}

	private static Set<String> identifiers(String expression) {
		Set<String> names = new TreeSet<>();
		Matcher byName = GET_VARIABLE.matcher(expression);
		while (byName.find()) {
			names.add(byName.group(1));
		}
		Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
		while (identifier.find()) {
			if (!NOT_VARIABLES.contains(identifier.group(1))) {
				names.add(identifier.group(1));
			}
		}
		return names;
	}

	private static void report(List<String> undeclared, Set<String> declared, String use, String name, Class<?> accessor) {
		if (!declared.contains(name)) {
			undeclared.add(use + ", not declared in " + accessor.getSimpleName());
		}
	}

	/** A form's fields, but not the columns of a dynamic list's rows: the list itself is the variable. */
	private static void formFields(JsonNode node, boolean inRow, Set<String> keys) {
		for (JsonNode component : node.path("components")) {
			if (!inRow) {
				Stream.of("key", "path").map(component::path).filter(JsonNode::isTextual).forEach(k -> keys.add(k.asText()));
			}
			if (component.path("valuesKey").isTextual()) {
				keys.add(component.path("valuesKey").asText());
			}
			formFields(component, inRow || "dynamiclist".equals(component.path("type").asText()), keys);
		}
	}

	private static Set<String> declared(Class<?> accessor) throws IllegalAccessException {
		Set<String> names = new TreeSet<>();
		for (Field field : accessor.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
				names.add(((ProcessVariable<?>) field.get(null)).name());
			}
		}
		return names;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private record Contract(String bpmn, Class<?> accessor, List<String> decisions, List<String> runtimeTemplates) {
	}

	private static final class Counts {

		int formKeys;

		int expressionNames;

		int placeholders;

		int decisionInputs;

		@Override
		public String toString() {
			return formKeys + " form keys, " + expressionNames + " expression and attribute names, " + placeholders
					+ " template placeholders, " + decisionInputs + " decision inputs";
		}

	}

}
