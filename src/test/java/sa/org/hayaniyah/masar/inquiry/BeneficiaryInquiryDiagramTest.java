package sa.org.hayaniyah.masar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sa.org.hayaniyah.masar.DiagramTests;
import sa.org.hayaniyah.masar.DiagramTests.Notifications.Sent;
import sa.org.hayaniyah.masar.referral.OfferReferralReasonsListener;

/**
 * {@code beneficiary-inquiry.bpmn} with the engine alone, its services mocked (fast tier): both starts, the referral
 * to social research or not, complaint review or not, the answer deadline's escalation, and the survey it calls (a
 * stand-in, see {@link DiagramTests#surveyStub()}).
 */
@Deployment(resources = { "processes/beneficiary-inquiry.bpmn", "forms/inquiry-received.form", "forms/answer-inquiry.form",
		"forms/answer-procedure-question.form", "forms/review-complaint.form" })
class BeneficiaryInquiryDiagramTest {

	@RegisterExtension
	static ProcessEngineExtension extension = DiagramTests.extension();

	ProcessEngine engine;

	final DiagramTests.Notifications notifications = new DiagramTests.Notifications();

	final RegisterInquiryDelegate register = mock(RegisterInquiryDelegate.class);

	final EscalateOverdueInquiryDelegate escalate = mock(EscalateOverdueInquiryDelegate.class);

	final CloseInquiryDelegate close = mock(CloseInquiryDelegate.class);

	final OfferReferralReasonsListener offerReferralReasons = mock(OfferReferralReasonsListener.class);

	final OfferStandardAnswersListener offerStandardAnswers = mock(OfferStandardAnswersListener.class);

	final RecordInquiryAnswerListener recordAnswer = mock(RecordInquiryAnswerListener.class);

	final RecordComplaintReviewListener recordReview = mock(RecordComplaintReviewListener.class);

	/** What the registration decides; the real delegate reads it from the inquiry it records. */
	boolean complaint;

	@BeforeEach
	void mockServices() {
		ClockUtil.setCurrentTime(DiagramTests.at("2026-03-01T07:00:00Z")); // a Sunday
		BpmnAwareTests.init(engine);
		extension.manageDeployment(engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("satisfaction-survey.bpmn", DiagramTests.surveyStub())
			.deploy());
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setProcessBusinessKey("INQ-2026-0042");
			execution.setVariable("inquiryId", 42L);
			execution.setVariable("referenceNumber", "INQ-2026-0042");
			execution.setVariable("isComplaint", complaint);
			execution.setVariable("answerDueAt", DiagramTests.at("2026-03-04T07:00:00Z"));
			return null;
		}).when(register).execute(any());
		// the answer form's "refer to social research" choice, as the real listener records it
		doAnswer(call -> {
			DelegateTask task = call.getArgument(0);
			task.setVariable("referToResearch", Boolean.TRUE.equals(task.getVariable("refer")));
			return null;
		}).when(recordAnswer).notify(any(DelegateTask.class));
		Mocks.register("sendNotificationDelegate", notifications);
		Mocks.register("registerInquiryDelegate", register);
		Mocks.register("escalateOverdueInquiryDelegate", escalate);
		Mocks.register("closeInquiryDelegate", close);
		Mocks.register("offerReferralReasonsListener", offerReferralReasons);
		Mocks.register("offerStandardAnswersListener", offerStandardAnswers);
		Mocks.register("recordInquiryAnswerListener", recordAnswer);
		Mocks.register("recordComplaintReviewListener", recordReview);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
		engine.getIdentityService().clearAuthentication();
	}

	private ProcessInstance receivedInPerson() {
		engine.getIdentityService().setAuthenticatedUserId("reception1");
		ProcessInstance inquiry = engine.getFormService()
			.submitStartForm(engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey("beneficiary-inquiry")
				.singleResult()
				.getId(), Map.of("channel", "IN_PERSON", "question", "متى يصدر قرار اللجنة؟", "mobile", "0551234567"));
		engine.getIdentityService().clearAuthentication();
		return inquiry;
	}

	private ProcessInstance receivedOnline() {
		return engine.getRuntimeService()
			.createMessageCorrelation("OnlineInquiry")
			.setVariables(Map.of("channel", "WEBSITE", "question", "تأخر الرد على طلبي", "email", "a@example.org"))
			.correlateStartMessage();
	}

	private void answer(String taskKey, boolean refer) {
		Task task = taskQuery().taskDefinitionKey(taskKey).singleResult();
		assertThat(task).as(taskKey).isNotNull();
		DiagramTests.assertFormDeployed(task);
		Map<String, Object> form = new HashMap<>(Map.of("answer", "يصدر خلال أسبوعين من تقديم الطلب"));
		form.put("refer", refer);
		engine.getTaskService().complete(task.getId(), form);
	}

	@Test
	void anInquiryInPersonIsAnsweredByReceptionSentAndClosedThenRated() {
		ProcessInstance inquiry = receivedInPerson();

		assertThat(inquiry).hasBusinessKey("INQ-2026-0042").isWaitingAt("Task_AnswerInquiry").variables().containsEntry("receivedBy", "reception1");
		assertThat(task()).hasCandidateGroup("reception").hasDueDate(DiagramTests.at("2026-03-04T07:00:00Z"));
		verify(offerReferralReasons).notify(any(DelegateTask.class));
		verify(offerStandardAnswers).notify(any(DelegateTask.class));

		answer("Task_AnswerInquiry", false);

		assertThat(inquiry).hasPassed("Event_InquiryAnswered", "Task_SendInquiryAnswer", "Task_CloseInquiry")
			.hasNotPassed("Task_AnswerProcedureQuestion", "Task_ReviewComplaint")
			.isWaitingAt("CallActivity_InquirySurvey");
		assertThat(notifications.sent()).containsExactly(new Sent("Task_SendInquiryAnswer", "inquiry-answer", null, "INQ-2026-0042"));
		verify(close).execute(argThat(execution -> Long.valueOf(42).equals(execution.getVariable("inquiryId"))));
		assertThat(calledProcessInstance("satisfaction-survey")).hasBusinessKey("INQ-2026-0042")
			.variables()
			.containsEntry("surveySubject", "INQUIRY")
			.containsEntry("inquiryId", 42L)
			.containsEntry("referenceNumber", "INQ-2026-0042")
			.containsEntry("mobile", "0551234567");
		assertThat(DiagramTests.hasJob(inquiry, "Event_AnswerOverdue")).as("the deadline ends with the answer").isFalse();

		engine.getTaskService().complete(taskQuery().taskDefinitionKey(DiagramTests.SURVEY_STUB_TASK).singleResult().getId());

		assertThat(inquiry).isEnded().hasPassed("Event_InquiryClosed");
		verify(escalate, never()).execute(any());
	}

	@Test
	void anOnlineComplaintReferredToResearchIsReviewedBySupervisorsBeforeClosing() {
		complaint = true;
		ProcessInstance inquiry = receivedOnline();
		assertThat(inquiry).hasPassed("StartEvent_OnlineInquiryReceived", "Task_RegisterInquiry").isWaitingAt("Task_AnswerInquiry");

		answer("Task_AnswerInquiry", true);

		assertThat(inquiry).isWaitingAt("Task_AnswerProcedureQuestion");
		assertThat(task()).hasCandidateGroup("social-research");
		answer("Task_AnswerProcedureQuestion", false);

		assertThat(inquiry).isWaitingAt("Task_ReviewComplaint").hasPassed("Task_SendInquiryAnswer");
		assertThat(task()).hasCandidateGroup("supervisors");
		DiagramTests.assertFormDeployed(task());
		verify(close, never()).execute(any());
		engine.getTaskService().complete(task().getId(), Map.of("reviewNote", "تمت مراجعة الرد"));

		verify(recordReview).notify(any(DelegateTask.class));
		verify(recordAnswer, times(2)).notify(any(DelegateTask.class));
		assertThat(inquiry).hasPassed("Task_CloseInquiry").isWaitingAt("CallActivity_InquirySurvey");
		assertThat(notifications.templates()).containsExactly("inquiry-answer");
	}

	@Test
	void anOverdueInquiryIsEscalatedToSupervisorsAndStaysOpenForItsAnswer() {
		ProcessInstance inquiry = receivedInPerson();
		assertThat(DiagramTests.job(inquiry, "Event_AnswerOverdue").getDuedate()).isEqualTo(DiagramTests.at("2026-03-04T07:00:00Z"));

		DiagramTests.fireTimer(inquiry, "Event_AnswerOverdue");

		assertThat(inquiry).hasPassed("Task_RecordInquiryEscalation", "Event_InquiryEscalated").isWaitingAt("Task_AnswerInquiry");
		verify(escalate).execute(any());
		assertThat(notifications.sent())
			.containsExactly(new Sent("Task_NotifySupervisorsOfOverdueInquiry", "inquiry-overdue", "supervisors", "INQ-2026-0042"));

		answer("Task_AnswerInquiry", false);

		assertThat(inquiry).isWaitingAt("CallActivity_InquirySurvey");
		assertThat(notifications.templates()).containsExactly("inquiry-overdue", "inquiry-answer");
	}

}
