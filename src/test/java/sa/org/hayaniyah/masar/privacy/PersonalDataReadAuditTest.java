package sa.org.hayaniyah.masar.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.WebappSession;
import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Every read of a family's data writes who, what, when and why to the access trail: the engine's REST API and the
 * webapps' (variables of a task, its form, an instance; variable instances and their history and details, a
 * search by national ID included), the staff API's free survey comments; and supervisors can read the trail.
 */
@MasarIntegrationTest
class PersonalDataReadAuditTest extends JourneyTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	String nationalId;

	ProcessInstance instance;

	String reference;

	Task task;

	@BeforeEach
	void aRequestAtTheDeclaration() {
		nationalId = TestApplicants.nationalId();
		instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		reference = journey.variable(instance, JourneyVariables.REFERENCE_NUMBER);
		task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	@Test
	void eachEngineReadPathWritesWhoWhatAndWhy() {
		String pid = instance.getId();
		List<String> reads = List.of("/history/variable-instance?variableName=nationalId&variableValue=" + nationalId,
				"/history/detail?processInstanceId=" + pid, "/variable-instance?processInstanceIdIn=" + pid,
				"/task/" + task.getId() + "/variables", "/task/" + task.getId() + "/form-variables",
				"/process-instance/" + pid + "/variables");
		for (String read : reads) {
			int before = lines("supervisor1");
			ResponseEntity<String> answer = rest.withBasicAuth("supervisor1", "masar-demo").getForEntity("/engine-rest" + read, String.class);
			assertThat(answer.getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
			assertThat(lines("supervisor1")).as("an audit line for " + read).isEqualTo(before + 1);
			AuditTrail.Entry last = last("supervisor1");
			assertThat(last.action()).isEqualTo(AuditTrail.Action.READ);
			assertThat(last.detail()).as("what was read, the searched value masked").startsWith("engine GET ").doesNotContain(nationalId);
		}
		// Cockpit queries variables with a POST body
		int before = lines("supervisor1");
		HttpHeaders json = new HttpHeaders();
		json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		assertThat(rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/engine-rest/history/variable-instance", HttpMethod.POST,
					new HttpEntity<>("{\"processInstanceIdIn\":[\"" + pid + "\"]}", json), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(lines("supervisor1")).isEqualTo(before + 1);
		assertThat(last("supervisor1").subject()).isEqualTo(reference);
		assertThat(audit.about(reference)).filteredOn(e -> e.actor().equals("supervisor1"))
			.extracting(AuditTrail.Entry::detail)
			.anySatisfy(d -> assertThat(d).contains("variableName=nationalId"))
			.anySatisfy(d -> assertThat(d).contains("form-variables").endsWith("for task " + task.getId()));
	}

	@Test
	void aSearchThatFindsNoOneIsRecordedToo() {
		int before = lines("admin");
		rest.withBasicAuth("admin", "masar-demo")
			.getForEntity("/engine-rest/history/variable-instance?variableName=nationalId&variableValue=1000000009", String.class);
		assertThat(lines("admin")).isEqualTo(before + 1);
		assertThat(last("admin").subject()).isEqualTo("-");
	}

	@Test
	void theWebappsReadsAreAuditedUnderTheLoggedInUser() {
		HttpHeaders session = WebappSession.login(rest, "supervisor1", "masar-demo");
		int before = lines("supervisor1");
		ResponseEntity<String> answer = rest.exchange("/camunda/api/engine/engine/default/task/" + task.getId() + "/form-variables",
				HttpMethod.GET, new HttpEntity<>(session), String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(lines("supervisor1")).isEqualTo(before + 1);
		assertThat(last("supervisor1").subject()).isEqualTo(reference);
	}

	@Test
	void readingFreeSurveyCommentsIsAuditedPerCaseAndSupervisorsSeeTheTrail() {
		ProcessInstance served = journey.toCommittee(nationalId = TestApplicants.nationalId());
		journey.vote(served, "committee1", "APPROVE");
		journey.vote(served, "committee2", "APPROVE");
		journey.vote(served, "committee3", "APPROVE");
		journey.complete(served, "Task_DeliverService", "reception2",
				Map.of("serviceDescription", "سلة غذائية", "serviceAmount", 350.0, "deliveredOn", "2026-11-22"));
		journey.answerSurvey(journey.survey(served), 5, "خدمة ممتازة");
		String servedReference = served.getBusinessKey();
		LocalDate today = LocalDate.of(2026, 11, 22);

		assertThat(rest.withBasicAuth("supervisor1", "masar-demo")
			.getForEntity("/api/satisfaction/comments?from=" + today + "&to=" + today, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(audit.about(servedReference)).extracting(e -> e.actor() + ":" + e.action() + ":" + e.detail())
			.contains("supervisor1:READ:satisfaction comments " + today + ".." + today);

		ResponseEntity<List<Map<String, Object>>> trail = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/data-subjects/" + nationalId + "/access-log", HttpMethod.GET, null,
					new ParameterizedTypeReference<>() {
					});
		assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(trail.getBody()).extracting(e -> e.get("actor") + ":" + e.get("action"))
			.contains("supervisor1:READ", "reception1:CHANGE");
		assertThat(trail.getBody()).allSatisfy(e -> assertThat(e).containsKeys("subject", "detail", "at"));
		assertThat(rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity("/api/data-subjects/" + nationalId + "/access-log", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private int lines(String actor) {
		return jdbc.sql("SELECT COUNT(*) FROM personal_data_access WHERE actor = ?").param(actor).query(Integer.class).single();
	}

	private AuditTrail.Entry last(String actor) {
		return jdbc.sql("SELECT actor, action, subject, detail, at FROM personal_data_access WHERE actor = ? ORDER BY id DESC")
			.param(actor)
			.query((rs, i) -> new AuditTrail.Entry(rs.getString(1), AuditTrail.Action.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list()
			.get(0);
	}

}
