package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.WebappSession;

/**
 * Staff mistakes through the engine REST API (issue 18, findings 5 and 8): Masar's validation inside engine commands
 * answers 400 with the contract the Tasklist helper shows at the field, never 500 and never an ERROR log line.
 */
@MasarIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRestErrorsTest extends DatabaseTestSupport {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	@Autowired
	TaskService taskService;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "start", "submit-form" })
	void anInvalidNationalIdAtTheStartIsA400WithTheFieldContract(String endpoint, CapturedOutput output) throws Exception {
		Map<String, Object> form = TestApplicants.startForm("C1", "1234567890");

		ResponseEntity<String> response = exchange("reception1", HttpMethod.POST,
				"/engine-rest/process-definition/key/beneficiary-journey/" + endpoint, Map.of("variables", variables(form)));

		assertContract(response, "nationalId");
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("ENGINE-16004");
	}

	/** What Tasklist's start form submits to: the webapps' own engine API answers with the same contract. */
	@Test
	void anInvalidNationalIdThroughTasklistsEngineApiIsA400WithTheFieldContract(CapturedOutput output) throws Exception {
		HttpHeaders session = WebappSession.login(rest, "reception1", "masar-demo");
		session.setContentType(MediaType.APPLICATION_JSON);
		Map<String, Object> form = TestApplicants.startForm("C1", "1234567890");

		ResponseEntity<String> response = rest.exchange(
				"/camunda/api/engine/engine/default/process-definition/key/beneficiary-journey/submit-form", HttpMethod.POST,
				new HttpEntity<>(toJson(Map.of("variables", variables(form))), session), String.class);

		assertContract(response, "nationalId");
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("ENGINE-16004");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "firstName|String|محمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمد",
			"monthlyIncome|Double|1e13", "idExpiryDate|String|1601/01/01", "householdSize|String|ستة",
			"familyName|String|الحياني<NUL>", "clarificationNeeded|Long|1", "clarificationNeeded|String|نعم" })
	void aTaskCompletedWithAValueNoColumnCanHoldIsA400AtTheEdge(String field, String type, String value, CapturedOutput output)
			throws Exception {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		taskService.claim(task.getId(), "reception1");
		Map<String, Object> variables = variables(TestApplicants.applicantData(nationalId));
		variables.put(field, Map.of("value", type.equals("Double") ? Double.parseDouble(value) : value.replace("<NUL>", "\u0000"),
				"type", type));

		ResponseEntity<String> response = exchange("reception1", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
				Map.of("variables", variables));

		assertContract(response, field);
		assertThat(journey.openTasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_ReceiveBeneficiary");
		assertThat(output.getAll()).doesNotContain("ENGINE-16004");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/engine-rest/task?maxResults=-1", "/engine-rest/task?firstResult=-5&maxResults=10",
			"/engine-rest/task?nameLike=abc%5C", "/engine-rest/task?nameLike=%5C", "/engine-rest/process-instance?businessKeyLike=HY%5C",
			"/engine-rest/history/process-instance?processInstanceBusinessKeyLike=%5C",
			"/engine-rest/task?processVariables=referenceNumber_like_HY%5C" })
	void queryMistakesAreA400(String path) {
		ResponseEntity<String> response = exchange("supervisor1", HttpMethod.GET, path, null);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":{\"a\":1}}]}",
			"{\"taskVariables\":[{\"name\":\"x\",\"operator\":\"gt\",\"value\":true}]}",
			"{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"x\",\"type\":\"Nope\"}}]}",
			"{\"nameLike\":\"a\\\\\"}" })
	void wrongTypesInAQueryBodyAreA400(String body) {
		HttpHeaders headers = headers("supervisor1");
		ResponseEntity<String> response = rest.exchange("/engine-rest/task", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/** Two receptionists press "claim" on the same task: the second is told in Arabic, with 409, not a 500. */
	@Test
	void claimingATaskAColleagueHoldsIsA409InArabic(CapturedOutput output) throws Exception {
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(task.getAssignee()).isEqualTo("reception1");

		ResponseEntity<String> response = exchange("reception2", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim",
				Map.of("userId", "reception2"));

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.get("type").asText()).isEqualTo("TaskAlreadyClaimedException");
		assertThat(body.get("message").asText()).contains("موظف آخر").doesNotContainPattern("[A-Za-z]");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("reception1");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	/** A hand-made call that leaves out a field the next gateway reads (the form always sends it) was a 500. */
	@Test
	void aSubmissionWithoutAFieldTheNextGatewayReadsIsA400InArabic() throws Exception {
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

		ResponseEntity<String> response = exchange("reception1", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
				Map.of("variables", Map.of()));

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.get("type").asText()).isEqualTo("InvalidInputException");
		assertThat(body.get("message").asText()).contains("لم يُرسل حقل").doesNotContainPattern("[A-Za-z]");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
	}

	/** Another role's task: Camunda's 403 said it in English; the fields the webapps build their Arabic text from stay. */
	@Test
	void anotherRolesTaskIsA403InArabic() throws Exception {
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

		for (String user : new String[] { "researcher1", "committee1" }) {
			ResponseEntity<String> response = exchange(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
					Map.of("variables", Map.of()));

			assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
			JsonNode body = JSON.readTree(response.getBody());
			assertThat(body.get("type").asText()).isEqualTo("AuthorizationException");
			assertThat(body.get("message").asText()).isEqualTo(EngineRestErrors.NOT_YOURS);
			assertThat(body.get("missingAuthorizations").isArray()).as("what Tasklist's error handler reads").isTrue();
		}
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();

		// a refusal Masar words itself keeps its words
		ResponseEntity<String> modification = exchange("supervisor1", HttpMethod.POST,
				"/engine-rest/process-instance/" + instance.getId() + "/modification", Map.of("instructions",
						java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CompleteBeneficiaryRegistration"))));
		assertThat(modification.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(JSON.readTree(modification.getBody()).get("message").asText()).contains("للمشرف العام على النظام فقط");
	}

	@Test
	void aDuplicatedKeyInAnEngineRestBodyIsA400() {
		String body = "{\"nameLike\":\"a\",\"nameLike\":\"b\"}";
		ResponseEntity<String> response = rest.exchange("/engine-rest/task", HttpMethod.POST,
				new HttpEntity<>(body, headers("supervisor1")), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	static void assertContract(ResponseEntity<String> response, String field) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.get("type").asText()).isEqualTo("InvalidInputException");
		assertThat(body.get("message").asText()).matches("(?s).*[\\u0600-\\u06FF].*").doesNotContain(" / ");
		assertThat(body.get("violations")).isNotEmpty();
		assertThat(body.get("violations").findValuesAsText("field")).contains(field);
		JsonNode violation = body.get("violations").get(0);
		assertThat(List.of(violation.has("field"), violation.has("arabic"), violation.has("english"))).containsOnly(true);
	}

	static Map<String, Object> variables(Map<String, Object> form) {
		Map<String, Object> variables = new java.util.HashMap<>();
		form.forEach((name, value) -> variables.put(name, value instanceof List<?> list
				? Map.of("value", toJson(list), "type", "Json") : Map.of("value", value)));
		return variables;
	}

	private static String toJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The path is sent as written: its escapes (%5C) are not encoded a second time. */
	ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
		return rest.exchange(java.net.URI.create(rest.getRootUri() + path), method,
				new HttpEntity<>(body == null ? null : toJson(body), headers(user)), String.class);
	}

	static HttpHeaders headers(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, "masar-demo");
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}
