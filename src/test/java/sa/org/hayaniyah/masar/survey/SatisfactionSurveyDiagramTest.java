package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sa.org.hayaniyah.masar.DiagramTests;

/**
 * {@code satisfaction-survey.bpmn} with the engine alone, its services mocked (fast tier): the answer with and without
 * service recovery, the reminder and the expiry timers.
 */
@Deployment(resources = { "processes/satisfaction-survey.bpmn", "forms/service-recovery.form" })
class SatisfactionSurveyDiagramTest {

	@RegisterExtension
	static ProcessEngineExtension extension = DiagramTests.extension();

	ProcessEngine engine;

	final DiagramTests.Notifications notifications = new DiagramTests.Notifications();

	final CreateSurveyDelegate createSurvey = mock(CreateSurveyDelegate.class);

	final CloseUnansweredSurveyDelegate closeUnanswered = mock(CloseUnansweredSurveyDelegate.class);

	final RecordServiceRecoveryListener recordRecovery = mock(RecordServiceRecoveryListener.class);

	final PrepareServiceRecoveryListener prepareRecovery = mock(PrepareServiceRecoveryListener.class);

	final SurveySchedule schedule = mock(SurveySchedule.class);

	@BeforeEach
	void mockServices() throws Exception {
		ClockUtil.setCurrentTime(DiagramTests.at("2026-03-01T07:00:00Z"));
		BpmnAwareTests.init(engine);
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable("surveyId", 77L);
			execution.setVariable("surveyLink", "https://masar.example.org/survey.html?t=x");
			return null;
		}).when(createSurvey).execute(any());
		when(schedule.reminderAfter()).thenReturn("P3D");
		when(schedule.closeAfter()).thenReturn("P7D");
		Mocks.register("sendNotificationDelegate", notifications);
		Mocks.register("createSurveyDelegate", createSurvey);
		Mocks.register("closeUnansweredSurveyDelegate", closeUnanswered);
		Mocks.register("recordServiceRecoveryListener", recordRecovery);
		Mocks.register("prepareServiceRecoveryListener", prepareRecovery);
		Mocks.register("surveySchedule", schedule);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	private ProcessInstance startSurvey() {
		ProcessInstance survey = engine.getRuntimeService()
			.startProcessInstanceByKey("satisfaction-survey", "REQ-2026-0001",
					Map.of("surveySubject", "SERVICE", "supportRequestId", 5L, "applicantName", "نورة"));
		assertThat(survey).isWaitingAt("Task_AwaitSurveyAnswer").hasPassed("Task_CreateSurvey", "Task_SendSurveyInvitation");
		assertThat(notifications.templates()).containsExactly("survey-invitation");
		verify(createSurvey).execute(any());
		return survey;
	}

	private void answer(ProcessInstance survey, boolean needsRecovery) {
		engine.getRuntimeService()
			.createMessageCorrelation("SurveyAnswered")
			.processInstanceId(survey.getId())
			.setVariables(Map.of("needsRecovery", needsRecovery, "overallScore", needsRecovery ? 1 : 5))
			.correlate();
	}

	@Test
	void aGoodAnswerEndsTheSurveyAndItsTimers() {
		ProcessInstance survey = startSurvey();

		answer(survey, false);

		assertThat(survey).isEnded().hasPassed("Event_SurveyAnswered").hasNotPassed("Task_RecoverService");
		assertThat(DiagramTests.hasJob(survey, "Event_SurveyReminderDue")).isFalse();
		assertThat(notifications.templates()).containsExactly("survey-invitation");
		verify(closeUnanswered, never()).execute(any());
	}

	@Test
	void aLowScoreOrComplaintGoesToSupervisorsForServiceRecovery() {
		ProcessInstance survey = startSurvey();

		answer(survey, true);

		assertThat(survey).isWaitingAt("Task_RecoverService");
		assertThat(task()).hasCandidateGroup("supervisors");
		verify(prepareRecovery).notify(any(DelegateTask.class));
		DiagramTests.assertFormDeployed(task());
		engine.getTaskService().complete(task().getId(), Map.of("recoveryAction", "اتصل المشرف بالمستفيد"));

		assertThat(survey).isEnded().hasPassed("Event_ServiceRecovered").hasNotPassed("Event_SurveyAnswered");
		verify(recordRecovery).notify(any(DelegateTask.class));
	}

	@Test
	void anUnansweredSurveyIsRemindedOnceAfterThreeDaysAndClosedAfterSeven() {
		ProcessInstance survey = startSurvey();
		assertThat(DiagramTests.job(survey, "Event_SurveyReminderDue").getDuedate())
			.isEqualTo(DiagramTests.at("2026-03-04T07:00:00Z"));
		assertThat(DiagramTests.job(survey, "Event_SurveyExpired").getDuedate()).isEqualTo(DiagramTests.at("2026-03-08T07:00:00Z"));

		DiagramTests.fireTimer(survey, "Event_SurveyReminderDue");

		assertThat(survey).isWaitingAt("Task_AwaitSurveyAnswer").hasPassed("Task_RemindSurveyRecipient", "Event_SurveyReminderSent");
		assertThat(notifications.templates()).containsExactly("survey-invitation", "survey-reminder");

		DiagramTests.fireTimer(survey, "Event_SurveyExpired");

		assertThat(survey).isEnded().hasPassed("Task_CloseUnansweredSurvey", "Event_SurveyClosedUnanswered");
		verify(closeUnanswered).execute(any());
		assertThat(notifications.templates()).as("one reminder only").containsExactly("survey-invitation", "survey-reminder");
	}

	@Test
	void anAnswerAfterTheReminderStillCounts() {
		ProcessInstance survey = startSurvey();
		DiagramTests.fireTimer(survey, "Event_SurveyReminderDue");

		answer(survey, false);

		assertThat(survey).isEnded().hasPassed("Event_SurveyAnswered").hasNotPassed("Event_SurveyClosedUnanswered");
		assertThat(DiagramTests.hasJob(survey, "Event_SurveyExpired")).isFalse();
	}

}
