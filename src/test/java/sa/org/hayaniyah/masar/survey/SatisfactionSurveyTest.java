package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.notification.Notifications;

/**
 * The paths of {@code satisfaction-survey}: answered high, answered low with service recovery, a complaint in the
 * comment, unanswered (reminded, then closed), and answers recorded by staff; through the engine and the APIs.
 */
@MasarIntegrationTest
class SatisfactionSurveyTest extends JourneyTestSupport {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	Surveys surveys;

	@Autowired
	Notifications notifications;

	@Autowired
	TestRestTemplate rest;

	@Test
	void aHighScoreIsRecordedWithoutRecovery() {
		ProcessInstance instance = startSurvey("SERVICE", "FOOD_BASKET");
		Survey survey = survey(instance);
		assertThat(survey.status()).isEqualTo("PENDING");
		assertThat(notifications.findByReference(instance.getBusinessKey())).singleElement().satisfies(n -> {
			assertThat(n.template()).isEqualTo("survey-invitation");
			assertThat(n.channel()).isEqualTo("SMS");
			assertThat(n.body()).contains("/survey.html?t=" + survey.token());
		});

		ResponseEntity<Map<String, Object>> answered = answerOnline(survey.token(),
				Map.of("overall", 5, "speed", 4, "courtesy", 5, "clarity", 5, "fairness", 4, "comment", "خدمة ممتازة"));
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answered.getBody()).containsEntry("status", "ANSWERED");

		assertThat(instance).isEnded().hasPassed("Event_SurveyAnswered").hasNotPassed("Task_RecoverService");
		Survey stored = surveys.get(survey.id());
		assertThat(stored.status()).isEqualTo("ANSWERED");
		assertThat(stored.overall()).isEqualTo(5);
		assertThat(stored.recordedHow()).isEqualTo("ONLINE");
		assertThat(stored.recordedBy()).isNull();
		assertThat(surveys.recovery(survey.id())).isEmpty();

		// the link works once
		ResponseEntity<Map<String, Object>> again = answerOnline(survey.token(), Map.of("overall", 1));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).containsKey("arabic");
		assertThat(surveys.get(survey.id()).overall()).isEqualTo(5);
	}

	@Test
	void aLowScoreOpensServiceRecoveryForSupervisors() {
		ProcessInstance instance = startSurvey("REJECTION", "RENT_ASSISTANCE");
		Survey survey = survey(instance);
		assertThat(answerOnline(survey.token(), Map.of("overall", 2, "comment", "لم يشرح لي أحد سبب القرار"))
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(instance).isWaitingAt("Task_RecoverService");
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(task).hasCandidateGroup("supervisors");
		assertThat(SurveyVariables.SURVEY_COMMENT.get(runtimeService, instance.getId())).isEqualTo("لم يشرح لي أحد سبب القرار");
		// the reason in words is the task's, for its form; the survey keeps the code
		assertThat(taskService.getVariableLocal(task.getId(), SurveyVariables.RECOVERY_REASON_TEXT.name())).isEqualTo("تقييم منخفض");
		assertThat(SurveyVariables.RECOVERY_REASON_TEXT.get(runtimeService, instance.getId())).isNull();
		assertThat(SurveyVariables.RECOVERY_REASON.get(runtimeService, instance.getId())).isEqualTo("LOW_SCORE");
		assertThat(surveys.recovery(survey.id())).get().satisfies(r -> {
			assertThat(r.reason()).isEqualTo("LOW_SCORE");
			assertThat(r.closed()).isFalse();
		});

		// no recovery closes without saying what was done
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> journey.complete(instance, "Task_RecoverService", "supervisor1", Map.of("calledBack", true)))
			.hasMessageContaining("اكتب ما تم مع المستفيد");
		journey.complete(instance, "Task_RecoverService", "supervisor1", Map.of("calledBack", true, "recoveryAction",
				"اتصلت بالمتقدم وشرحت سبب القرار وطريقة التظلم، وأُحيلت ملاحظته لتحسين خطابات الرفض"));

		assertThat(instance).isEnded().hasPassed("Task_RecoverService", "Event_ServiceRecovered");
		assertThat(surveys.recovery(survey.id())).get().satisfies(r -> {
			assertThat(r.closed()).isTrue();
			assertThat(r.calledBack()).isTrue();
			assertThat(r.handledBy()).isEqualTo("supervisor1");
		});
	}

	@Test
	void aComplaintInTheCommentOpensRecoveryWhateverTheScore() {
		ProcessInstance instance = startSurvey("SERVICE", "FOOD_BASKET");
		journey.answerSurvey(instance, 4, "عندي شكوى: تأخير في التسليم");
		assertThat(instance).isWaitingAt("Task_RecoverService");
		assertThat(surveys.recovery(survey(instance).id())).get().extracting(Surveys.Recovery::reason).isEqualTo("COMPLAINT");
	}

	@Test
	void anUnansweredSurveyIsRemindedOnceThenClosedAsNoAnswer() {
		ProcessInstance instance = startSurvey("INQUIRY", null);
		Survey survey = survey(instance);
		assertThat(survey.service()).isEqualTo("INQUIRY");

		journey.moveClock(Duration.ofDays(3).minusMinutes(1));
		assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().duedateLowerThan(
				org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).count()).isZero();
		journey.moveClock(Duration.ofMinutes(1));
		journey.fireTimer(instance, "Event_SurveyReminderDue");
		assertThat(instance).isWaitingAt("Task_AwaitSurveyAnswer");
		assertThat(notifications.findByReference(instance.getBusinessKey())).extracting(Notifications.Queued::template)
			.containsExactly("survey-invitation", "survey-reminder");

		journey.moveClock(Duration.ofDays(4));
		journey.fireTimer(instance, "Event_SurveyExpired");
		assertThat(instance).isEnded().hasPassed("Task_CloseUnansweredSurvey", "Event_SurveyClosedUnanswered");
		assertThat(surveys.get(survey.id()).status()).isEqualTo("NO_ANSWER");

		// a late answer is refused and changes nothing
		ResponseEntity<Map<String, Object>> late = answerOnline(survey.token(), Map.of("overall", 5));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().get("arabic").toString()).contains("انتهت مدة هذا التقييم");
		assertThat(surveys.get(survey.id()).status()).isEqualTo("NO_ANSWER");
	}

	@Test
	void staffRecordAPhoneAnswerOnTheBeneficiarysBehalfMarkedAsSuch() {
		ProcessInstance instance = startSurvey("SERVICE", "FOOD_BASKET");
		String reference = instance.getBusinessKey();
		long surveyId = survey(instance).id();

		ResponseEntity<Map<String, Object>> byResearcher = staffAnswer("researcher1", reference,
				Map.of("overall", 4, "recordedHow", "PHONE"));
		assertThat(byResearcher.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map<String, Object>> noHow = staffAnswer("reception1", reference, Map.of("overall", 4));
		assertThat(noHow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noHow.getBody().toString()).contains("recordedHow").contains("هاتفياً أو حضورياً");
		ResponseEntity<Map<String, Object>> badScore = staffAnswer("reception1", reference,
				Map.of("overall", 7, "recordedHow", "PHONE"));
		assertThat(badScore.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badScore.getBody().toString()).contains("overall").contains("من 1 إلى 5");

		ResponseEntity<Map<String, Object>> recorded = staffAnswer("reception1", reference,
				Map.of("overall", 4, "clarity", 3, "comment", "قالت إن الموظف كان متعاونًا", "recordedHow", "PHONE"));
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(instance).isEnded().hasPassed("Event_SurveyAnswered");
		Survey stored = surveys.get(surveyId);
		assertThat(stored.recordedBy()).isEqualTo("reception1");
		assertThat(stored.recordedHow()).isEqualTo("PHONE");
		assertThat(staffAnswer("reception1", reference, Map.of("overall", 4, "recordedHow", "PHONE")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.postForEntity("/api/satisfaction/surveys/" + reference + "/answers",
				Map.of("overall", 4, "recordedHow", "PHONE"), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void invalidAnswersAreRefusedInArabicAndKeepTheSurveyOpen() {
		ProcessInstance instance = startSurvey("SERVICE", "FOOD_BASKET");
		Survey survey = survey(instance);
		ResponseEntity<Map<String, Object>> refused = answerOnline(survey.token(), Map.of("overall", 0, "speed", "سريع"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().get("violations").toString()).contains("overall").contains("speed")
			.contains("التقييم العام");
		org.springframework.http.HttpHeaders json = new org.springframework.http.HttpHeaders();
		json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		ResponseEntity<Map<String, Object>> unreadable = rest.exchange("/api/surveys/" + survey.token(), HttpMethod.POST,
				new HttpEntity<>("{not json", json), OBJECT);
		assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unreadable.getBody().get("violations").toString()).contains("تعذرت قراءة الطلب");
		assertThat(rest.postForEntity("/api/surveys/unknown-token", Map.of("overall", 5), String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(instance).isWaitingAt("Task_AwaitSurveyAnswer");
		assertThat(surveys.get(survey.id()).status()).isEqualTo("PENDING");
		assertThat(rest.getForEntity("/api/surveys/" + survey.token(), String.class).getBody()).contains("PENDING")
			.doesNotContain("0555");
	}

	private ProcessInstance startSurvey(String subject, String supportType) {
		String reference = "HY-Q-1448-9" + String.format("%05d", SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 50000));
		Map<String, Object> variables = new HashMap<>();
		variables.put("surveySubject", subject);
		variables.put("supportType", supportType);
		variables.put("referenceNumber", reference);
		variables.put("applicantName", "منيرة سعد الحربي");
		variables.put("mobile", "+966555000111");
		variables.put("channel", "C2");
		return runtimeService.startProcessInstanceByKey("satisfaction-survey", reference, variables);
	}

	private Survey survey(ProcessInstance instance) {
		return surveys.get((Long) runtimeService.getVariable(instance.getId(), "surveyId"));
	}

	private org.camunda.bpm.engine.ManagementService managementService() {
		return engine.getManagementService();
	}

	private ResponseEntity<Map<String, Object>> answerOnline(String token, Map<String, Object> body) {
		return rest.exchange("/api/surveys/" + token, HttpMethod.POST, new HttpEntity<>(body), OBJECT);
	}

	private ResponseEntity<Map<String, Object>> staffAnswer(String user, String reference, Map<String, Object> body) {
		return rest.withBasicAuth(user, "masar-demo")
			.exchange("/api/satisfaction/surveys/" + reference + "/answers", HttpMethod.POST, new HttpEntity<>(body), OBJECT);
	}

}
