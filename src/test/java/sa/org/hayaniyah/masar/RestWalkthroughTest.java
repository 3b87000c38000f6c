package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.registration.BeneficiaryRegistry;
import sa.org.hayaniyah.masar.survey.Surveys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One request walked through every step over HTTP, as staff and the website would: Camunda's REST API with each
 * employee's credentials, and the application's API for an online channel.
 */
@MasarIntegrationTest
class RestWalkthroughTest extends DatabaseTestSupport {

	private static final String PASSWORD = "masar-demo";

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Autowired
	BeneficiaryRegistry registry;

	@Autowired
	ManagementService managementService;

	@Autowired
	Surveys surveys;

	@Test
	void anonymousCallersGetNoData() {
		assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// not a real user: a wrong password would lock reception1 out for a few seconds (Camunda's login throttling)
		assertThat(as("intruder", "guess").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aRequestReceivedInPersonIsWalkedToRegistrationAndService() {
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> started = post("reception1", "/engine-rest/process-definition/key/beneficiary-journey/submit-form",
				Map.of("variables", variables(TestApplicants.startForm("C1", nationalId))));
		String instance = (String) started.get("id");

		work("reception1", instance, "Task_ReceiveBeneficiary", TestApplicants.applicantData(nationalId));
		work("reception1", instance, "Task_RecordApplicantDeclaration", Map.of("declarationSigned", "yes", "signatureMethod", "OTP"));
		work("researcher1", instance, "Task_ConductSocialResearch", Map.of("fieldVisitRequired", false, "researchFindings",
				"دخل الأسرة أقل من حد الكفاية", "researchRecommendation", "RECOMMEND_APPROVAL"));
		for (String member : List.of("committee1", "committee2", "committee3")) {
			work(member, instance, "Task_DecideOnSupportRequest", Map.of("vote", "APPROVE", "voteReason", "مستحق"));
		}
		work("reception1", instance, "Task_DeliverService",
				Map.of("serviceDescription", "سلة غذائية", "serviceAmount", 300.0, "deliveredOn", "2026-12-01"));
		// the beneficiary follows the link in their SMS and rates the service (O5)
		String reference = (String) get("supervisor1", "/engine-rest/process-instance/" + instance, OBJECT).get("businessKey");
		String token = surveys.pendingFor(reference).orElseThrow().token();
		ResponseEntity<Map<String, Object>> rated = rest.exchange("/api/surveys/" + token, HttpMethod.POST,
				new HttpEntity<>(Map.of("overall", 5, "comment", "شكرًا لكم")), OBJECT);
		assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);

		Map<String, Object> history = get("supervisor1", "/engine-rest/history/process-instance/" + instance, OBJECT);
		assertThat(history).containsEntry("state", "COMPLETED");
		assertThat((String) history.get("businessKey")).matches("HY-\\d{4}-\\d{6}");
		assertThat(registry.findByNationalId(nationalId)).isPresent();

		List<Map<String, Object>> checked = get("supervisor1", "/api/requests/" + history.get("businessKey") + "/verification",
				LIST);
		assertThat(checked).extracting(c -> c.get("rule")).contains("NATIONAL_ID", "REQUIRED_DOCUMENTS");
		assertThat(checked).allSatisfy(c -> assertThat(c).containsEntry("attempt", 1));
		assertThat(rest.getForEntity("/api/requests/" + history.get("businessKey") + "/verification", String.class)
			.getStatusCode()).as("staff API without credentials").isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anOnlineChannelStartsTheJourneyThroughTheApplicationApi() {
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> body = new LinkedHashMap<>(Map.of("channel", "C7", "nationalId", nationalId, "applicantName",
				"فاطمة علي الحياني", "mobile", "+966 55 123 4567", "supportType", "RENT_ASSISTANCE", "consentGiven", true));

		ResponseEntity<Map<String, Object>> created = rest.exchange("/api/online-requests", HttpMethod.POST,
				new HttpEntity<>(body), OBJECT);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat((String) created.getBody().get("referenceNumber")).matches("HY-\\d{4}-\\d{6}");
		assertThat(created.getBody()).containsEntry("channel", "C7");
		List<Map<String, Object>> tasks = get("reception1",
				"/engine-rest/task?processInstanceId=" + created.getBody().get("processInstanceId"), LIST);
		assertThat(tasks).extracting(t -> t.get("taskDefinitionKey")).containsExactly("Task_ReceiveBeneficiary");

		ResponseEntity<Map<String, Object>> duplicate = rest.exchange("/api/online-requests", HttpMethod.POST,
				new HttpEntity<>(body), OBJECT);
		// issue 18: the same answer as for a new national ID, naming no other request (reception resolves the duplicate)
		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(duplicate.getBody().keySet()).isEqualTo(created.getBody().keySet());
		assertThat(duplicate.getBody().values()).doesNotContain(created.getBody().get("referenceNumber"));

		body.put("nationalId", "1234567890");
		body.put("channel", "C1");
		ResponseEntity<Map<String, Object>> invalid = rest.exchange("/api/online-requests", HttpMethod.POST,
				new HttpEntity<>(body), OBJECT);
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody().get("violations").toString()).contains("nationalId").contains("رقم الهوية");
	}

	/** What Tasklist does: find the task, claim it, submit its form. */
	private void work(String user, String instance, String activity, Map<String, Object> form) {
		List<Map<String, Object>> tasks = get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
				+ activity, LIST);
		Map<String, Object> task = tasks.stream()
			.filter(t -> t.get("assignee") == null || user.equals(t.get("assignee")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(user + " has no task " + activity + " in " + tasks));
		String id = (String) task.get("id");
		if (task.get("assignee") == null) {
			post(user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
		}
		post(user, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables(form)));
		runJobs(instance);
	}

	/** The job executor's part (off in tests): run the due asynchronous steps, such as verification. */
	private void runJobs(String instance) {
		managementService.createJobQuery()
			.processInstanceId(instance)
			.executable()
			.messages()
			.list()
			.forEach(job -> managementService.executeJob(job.getId()));
	}

	private Map<String, Object> post(String user, String path, Map<String, Object> body) {
		ResponseEntity<Map<String, Object>> response = as(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body),
				OBJECT);
		assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s as %s: %s", path, user, response.getBody()).isTrue();
		return response.getBody();
	}

	private <T> T get(String user, String path, ParameterizedTypeReference<T> type) {
		ResponseEntity<T> response = as(user, PASSWORD).exchange(path, HttpMethod.GET, null, type);
		assertThat(response.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private TestRestTemplate as(String user, String password) {
		return rest.withBasicAuth(user, password);
	}

	private static String toJson(Object value) {
		try {
			return new ObjectMapper().writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static Map<String, Object> variables(Map<String, Object> form) {
		Map<String, Object> variables = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			// as Tasklist sends a checklist or dynamic list: a JSON string typed Json
			boolean json = value instanceof Collection<?> || value instanceof Map<?, ?>;
			String type = json ? "Json" : value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
					: value instanceof Double ? "Double" : "String";
			Map<String, Object> typed = new LinkedHashMap<>();
			typed.put("value", json ? toJson(value) : value);
			typed.put("type", type);
			variables.put(name, typed);
		});
		return variables;
	}

}
