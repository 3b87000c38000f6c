package sa.org.hayaniyah.masar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import sa.org.hayaniyah.masar.DiagramTests.Notifications.Sent;
import sa.org.hayaniyah.masar.common.JobRetries;
import sa.org.hayaniyah.masar.tasklist.TypedDatesListener;

/**
 * {@code beneficiary-outreach.bpmn} with the engine alone, its services mocked (fast tier): the timer cycle that
 * starts a run, one branch per follow-up found (notify, field visit, renewal request), a run that finds nothing, and
 * one family's failing branch that does not stop the others.
 */
@Deployment(resources = { "processes/beneficiary-outreach.bpmn", "forms/family-visit.form" })
class BeneficiaryOutreachDiagramTest {

	@RegisterExtension
	static ProcessEngineExtension extension = DiagramTests.extension();

	ProcessEngine engine;

	final DiagramTests.Notifications notifications = new DiagramTests.Notifications();

	final OutreachSchedule schedule = mock(OutreachSchedule.class);

	final OutreachFollowUps followUps = mock(OutreachFollowUps.class);

	final JobRetries jobRetries = mock(JobRetries.class);

	final FindFamiliesNeedingAttentionDelegate find = mock(FindFamiliesNeedingAttentionDelegate.class);

	final PrepareFollowUpDelegate prepare = mock(PrepareFollowUpDelegate.class);

	final OpenRenewalRequestDelegate openRenewal = mock(OpenRenewalRequestDelegate.class);

	final CompleteFollowUpDelegate complete = mock(CompleteFollowUpDelegate.class);

	final TypedDatesListener typedDates = mock(TypedDatesListener.class);

	final RecordFamilyVisitListener recordVisit = mock(RecordFamilyVisitListener.class);

	/** Follow-up id to the reason the run found for it. */
	final Map<Long, Reason> found = Map.of(11L, Reason.ID_EXPIRING, 12L, Reason.NO_CONTACT, 13L, Reason.SUPPORT_RENEWAL);

	/** The follow-ups each branch completed, in order. */
	final List<Long> completed = new ArrayList<>();

	@BeforeEach
	void mockServices() {
		// the cron is evaluated in the JVM's zone: the test compares due dates, not hours
		ClockUtil.setCurrentTime(DiagramTests.at("2026-03-01T00:30:00Z"));
		BpmnAwareTests.init(engine);
		when(schedule.cycle()).thenReturn("0 0 6 * * ?");
		when(jobRetries.cycle()).thenReturn("R3/PT5M");
		when(followUps.foundBy(anyString())).thenReturn(List.of(11L, 12L, 13L));
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			Reason reason = found.get((Long) execution.getVariable("followUpId"));
			execution.setVariableLocal("followUpAction", reason.action().name());
			execution.setVariableLocal("followUpTemplate", reason.template());
			execution.setVariableLocal("referenceNumber", "F-" + execution.getVariable("followUpId"));
			return null;
		}).when(prepare).execute(any());
		doAnswer(call -> {
			completed.add((Long) ((DelegateExecution) call.getArgument(0)).getVariable("followUpId"));
			return null;
		}).when(complete).execute(any());
		Mocks.register("sendNotificationDelegate", notifications);
		Mocks.register("outreachSchedule", schedule);
		Mocks.register("outreachFollowUps", followUps);
		Mocks.register("jobRetries", jobRetries);
		Mocks.register("findFamiliesNeedingAttentionDelegate", find);
		Mocks.register("prepareFollowUpDelegate", prepare);
		Mocks.register("openRenewalRequestDelegate", openRenewal);
		Mocks.register("completeFollowUpDelegate", complete);
		Mocks.register("typedDatesListener", typedDates);
		Mocks.register("recordFamilyVisitListener", recordVisit);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	private Job cycleTimer() {
		return engine.getManagementService().createJobQuery().processDefinitionKey("beneficiary-outreach").timers().singleResult();
	}

	/** The cycle's timer fires: a run starts, and the next morning's timer is set. Returns the run's id. */
	private String startRun() {
		Job timer = cycleTimer();
		assertThat(timer).as("the cycle's timer, set at deployment").isNotNull();
		Date due = timer.getDuedate();
		assertThat(due).isAfter(ClockUtil.getCurrentTime());
		ClockUtil.setCurrentTime(due);
		engine.getManagementService().executeJob(timer.getId());
		HistoricProcessInstance run = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey("beneficiary-outreach")
			.singleResult();
		assertThat(run).as("the run the timer started").isNotNull();
		assertThat(cycleTimer().getDuedate()).as("next run").isEqualTo(new Date(due.getTime() + 24 * 3600 * 1000));
		return run.getId();
	}

	/** A run still going: it waits for its branches' jobs. */
	private ProcessInstance run() {
		String id = startRun();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	@Test
	void eachFollowUpGetsItsOwnBranchByItsKind() {
		ProcessInstance run = run();

		assertThat(run).hasPassed("Task_FindFamiliesNeedingAttention");
		verify(find).execute(any());
		verify(followUps, atLeastOnce()).foundBy(run.getId());
		List<Job> branches = DiagramTests.jobs(run, "SubProcess_FollowUpFamily");
		assertThat(branches).as("one job per family").hasSize(3);
		branches.forEach(job -> engine.getManagementService().executeJob(job.getId()));

		// notify and renewal need nobody: done; the visit waits for the social researcher
		assertThat(completed).containsExactlyInAnyOrder(11L, 13L);
		assertThat(notifications.sent()).containsExactlyInAnyOrder(new Sent("Task_NotifyFamily", "outreach-id-expiring", null, "F-11"),
				new Sent("Task_NotifyFamilyOfRenewal", "outreach-renewal", null, "F-13"));
		verify(openRenewal, times(1)).execute(argThat(execution -> Long.valueOf(13).equals(execution.getVariable("followUpId"))));
		assertThat(run).isWaitingAt("Task_VisitFamily");
		assertThat(task()).hasCandidateGroup("social-research");
		DiagramTests.assertFormDeployed(task());

		engine.getTaskService().complete(task().getId(), Map.of("visitDate", "2026-03-02", "visitedBy", "researcher1"));

		verify(recordVisit).notify(any(DelegateTask.class));
		verify(typedDates).notify(any(DelegateTask.class));
		assertThat(completed).containsExactlyInAnyOrder(11L, 13L, 12L);
		assertThat(run).isEnded().hasPassed("Task_VisitFamily", "Task_OpenRenewalRequest", "Event_OutreachCompleted");
	}

	@Test
	void aRunThatFindsNobodyEndsAtOnce() {
		when(followUps.foundBy(anyString())).thenReturn(List.of());

		String run = startRun();

		HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(run).singleResult();
		assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
		assertThat(ended.getEndActivityId()).isEqualTo("Event_OutreachCompleted");
		verify(find).execute(any());
		verify(prepare, never()).execute(any());
		verify(complete, never()).execute(any());
	}

	@Test
	void oneFamilysFailureIsRetriedWithoutStoppingTheOthers() {
		doAnswer(call -> {
			throw new IllegalStateException("database unavailable");
		}).when(openRenewal).execute(any());
		ProcessInstance run = run();

		for (Job job : DiagramTests.jobs(run, "SubProcess_FollowUpFamily")) {
			try {
				engine.getManagementService().executeJob(job.getId());
			}
			catch (IllegalStateException expected) {
				assertThat(expected).hasMessage("database unavailable");
			}
		}

		assertThat(completed).containsExactly(11L);
		Job failed = DiagramTests.job(run, "SubProcess_FollowUpFamily");
		assertThat(failed.getRetries()).as("masar.jobs.retry-cycle R3: two tries left").isEqualTo(2);
		assertThat(failed.getDuedate()).isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 60 * 1000));
		assertThat(failed.getExceptionMessage()).isEqualTo("database unavailable");
		assertThat(run).isWaitingAt("Task_VisitFamily");
		assertThatThrownBy(() -> engine.getManagementService().executeJob(failed.getId())).hasMessage("database unavailable");
	}

}
