package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Each role's allowed and forbidden actions, over the engine REST API as staff and Modeler reach it.
 * A request waits at reception (instance {@code received}); another waits for the committee ({@code voting}).
 */
@MasarIntegrationTest
class RoleAuthorizationTest extends DatabaseTestSupport {

	private static final String PASSWORD = "masar-demo";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	@Autowired
	TaskService taskService;

	ProcessInstance received;

	ProcessInstance voting;

	@BeforeEach
	void twoRequests() {
		received = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		voting = journey.toCommittee(TestApplicants.nationalId());
	}

	@ParameterizedTest(name = "anonymous GET {0} → 401")
	@ValueSource(strings = { "/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/process-definition",
			"/engine-rest/deployment", "/engine-rest/user", "/engine-rest/group", "/engine-rest/authorization",
			"/engine-rest/variable-instance", "/engine-rest/history/process-instance", "/engine-rest/history/variable-instance",
			"/engine-rest/execution", "/engine-rest/incident", "/engine-rest/job", "/engine-rest/filter",
			"/engine-rest/decision-definition", "/engine-rest/history/user-operation", "/engine-rest/metrics/activity-instance/sum",
			"/api/requests/HY-1448-000001/verification", "/api/requests/HY-1448-000001/documents" })
	void anonymousCallersGetNoData(String path) {
		ResponseEntity<String> response = rest.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(Objects.toString(response.getBody(), "")).doesNotContain("HY-14");
	}

	static Stream<Arguments> taskVisibility() {
		return Stream.of(Arguments.of("reception1", 1), Arguments.of("reception2", 1), Arguments.of("researcher1", 0),
				Arguments.of("committee1", 0), Arguments.of("analyst1", 0), Arguments.of("supervisor1", 1));
	}

	@ParameterizedTest(name = "{0} sees {1} task(s) of a request at reception")
	@MethodSource("taskVisibility")
	void onlyReceptionAndSupervisorsSeeAReceptionTask(String user, int visible) {
		assertThat(list(user, "/engine-rest/task?processInstanceId=" + received.getId())).hasSize(visible);
	}

	@Test
	void anotherGroupCannotClaimOrCompleteAReceptionTask() {
		String task = receptionTask();
		assertThat(post("researcher1", "/engine-rest/task/" + task + "/claim", Map.of("userId", "researcher1")))
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("supervisor1", "/engine-rest/task/" + task + "/complete", Map.of())).isEqualTo(HttpStatus.FORBIDDEN);
		// the task goes to the receptionist who started the request (TASK_WORK cannot unclaim it); once it is released,
		// a colleague of the same group takes it over
		taskService.setAssignee(task, null);
		assertThat(post("reception2", "/engine-rest/task/" + task + "/claim", Map.of("userId", "reception2")))
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void aCommitteeMemberSeesAndCastsOnlyTheirOwnVote() {
		List<Map<String, Object>> own = list("committee1", "/engine-rest/task?processInstanceId=" + voting.getId());
		assertThat(own).singleElement().satisfies(t -> assertThat(t).containsEntry("assignee", "committee1"));
		Task othersVote = taskService.createTaskQuery().processInstanceId(voting.getId()).taskAssignee("committee2").singleResult();
		assertThat(post("committee1", "/engine-rest/task/" + othersVote.getId() + "/complete", Map.of()))
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get("committee1", "/engine-rest/task/" + othersVote.getId() + "/variables")).isEqualTo(HttpStatus.FORBIDDEN);
	}

	static Stream<Arguments> processVariables() {
		return Stream.of(Arguments.of("reception1", HttpStatus.FORBIDDEN), Arguments.of("researcher1", HttpStatus.FORBIDDEN),
				Arguments.of("committee1", HttpStatus.FORBIDDEN), Arguments.of("analyst1", HttpStatus.FORBIDDEN),
				Arguments.of("supervisor1", HttpStatus.OK), Arguments.of("admin", HttpStatus.OK));
	}

	@ParameterizedTest(name = "{0} reads a request's process variables → {1}")
	@MethodSource("processVariables")
	void onlySupervisorsAndAdminsReadProcessVariables(String user, HttpStatus expected) {
		assertThat(get(user, "/engine-rest/process-instance/" + received.getId() + "/variables")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} lists variable instances of other groups' requests: none")
	@ValueSource(strings = { "researcher1", "committee1", "analyst1" })
	void variableQueriesReturnNothingTheUserMayNotRead(String user) {
		assertThat(list(user, "/engine-rest/variable-instance?processInstanceIdIn=" + received.getId())).isEmpty();
		assertThat(list(user, "/engine-rest/process-instance?processInstanceIds=" + received.getId())).isEmpty();
	}

	@Test
	void receptionReadsOnlyTheTaskCardOfItsOwnTaskNotTheRequestsData() {
		assertThat(list("reception1", "/engine-rest/variable-instance?processInstanceIdIn=" + received.getId()))
			.extracting(v -> (String) v.get("name"))
			.isNotEmpty()
			// the task card, and the form's list of referral reasons: nothing of the applicant's data
			.allMatch(name -> List.of("referenceNumber", "applicantName", "channel", "submittedAt", "committeeDeadlineText",
					"referralReasonOptions")
				.contains(name));
		assertThat(list("reception1", "/engine-rest/process-instance?processInstanceIds=" + received.getId())).isEmpty();
	}

	static Stream<Arguments> deployments() {
		return Stream.of(Arguments.of("analyst1", HttpStatus.OK), Arguments.of("supervisor1", HttpStatus.FORBIDDEN),
				Arguments.of("reception1", HttpStatus.FORBIDDEN), Arguments.of("committee1", HttpStatus.FORBIDDEN));
	}

	@ParameterizedTest(name = "{0} deploys a process from Modeler → {1}")
	@MethodSource("deployments")
	void onlyAnalystsDeploy(String user, HttpStatus expected) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("deployment-name", "modeler-" + user);
		body.add("deployment-source", "Camunda Modeler");
		body.add("data", new HttpEntity<>(new ByteArrayResource(PROBE.getBytes()) {
			@Override
			public String getFilename() {
				return "probe-" + user + ".bpmn";
			}
		}, fileHeaders()));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD)
			.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
		assertThat(response.getStatusCode()).isEqualTo(expected);
	}

	@Test
	void supervisorsReadEverythingButDoNotChangeDefinitions() {
		assertThat(list("supervisor1", "/engine-rest/process-instance?processInstanceIds=" + received.getId())).hasSize(1);
		assertThat(list("supervisor1", "/engine-rest/history/process-instance?processInstanceId=" + received.getId()))
			.hasSize(1);
		ResponseEntity<String> suspend = rest.withBasicAuth("supervisor1", PASSWORD)
			.exchange("/engine-rest/process-definition/key/beneficiary-journey/suspended", HttpMethod.PUT,
					new HttpEntity<>(Map.of("suspended", true)), String.class);
		assertThat(suspend.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void onlyReceptionStartsRequests() {
		Map<String, Object> form = Map.of("variables", Map.of("channel", Map.of("value", "C1"), "nationalId",
				Map.of("value", TestApplicants.nationalId()), "applicantName", Map.of("value", "سارة علي الحياني"), "mobile",
				Map.of("value", "0551231234"), "supportType", Map.of("value", "FOOD_BASKET"), "consentGiven",
				Map.of("value", true, "type", "Boolean")));
		String path = "/engine-rest/process-definition/key/beneficiary-journey/submit-form";
		assertThat(post("analyst1", path, form)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("researcher1", path, form)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("reception1", path, form)).isEqualTo(HttpStatus.OK);
	}

	static Stream<Arguments> adminApi() {
		return Stream.of(Arguments.of("reception1", HttpStatus.FORBIDDEN), Arguments.of("supervisor1", HttpStatus.FORBIDDEN),
				Arguments.of("analyst1", HttpStatus.FORBIDDEN), Arguments.of("admin", HttpStatus.NO_CONTENT));
	}

	@ParameterizedTest(name = "{0} creates a user and puts them in a group → {1}")
	@MethodSource("adminApi")
	void onlyAdminsAdministerUsers(String user, HttpStatus expected) {
		String id = "new" + user + System.nanoTime() % 100000;
		Map<String, Object> body = Map.of("profile", Map.of("id", id, "firstName", "موظف", "lastName", "جديد"), "credentials",
				Map.of("password", "Masar-Strong-Pass-2026!"));
		assertThat(post(user, "/engine-rest/user/create", body)).isEqualTo(expected);
		// nobody but an admin may raise their own rights
		ResponseEntity<String> join = rest.withBasicAuth(user, PASSWORD)
			.exchange("/engine-rest/group/" + Roles.SUPERVISORS + "/members/" + id, HttpMethod.PUT, null, String.class);
		assertThat(join.getStatusCode()).isEqualTo(expected == HttpStatus.NO_CONTENT ? HttpStatus.NO_CONTENT : HttpStatus.FORBIDDEN);
	}

	private String receptionTask() {
		return taskService.createTaskQuery().processInstanceId(received.getId()).singleResult().getId();
	}

	private List<Map<String, Object>> list(String user, String path) {
		ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, PASSWORD)
			.exchange(path, HttpMethod.GET, null, new org.springframework.core.ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).as("GET %s as %s", path, user).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private HttpStatus get(String user, String path) {
		return HttpStatus.valueOf(rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class).getStatusCode().value());
	}

	private HttpStatus post(String user, String path, Object body) {
		return HttpStatus.valueOf(rest.withBasicAuth(user, PASSWORD)
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class)
			.getStatusCode()
			.value());
	}

	private static HttpHeaders fileHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_XML);
		return headers;
	}

	private static final String PROBE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
			  <bpmn:process id="modeler-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="s" />
			  </bpmn:process>
			</bpmn:definitions>""";

}
