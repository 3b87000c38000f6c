package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, "writes at the end": an ended request's history is kept for its time to live (five years) counted from its
 * closing, as the retention policy counts it, and nothing of it is rewritten when it ends. History cleanup reads the end
 * time ({@code historyCleanupStrategy: endTimeBased}); no removal time is stamped ({@code historyRemovalTimeStrategy:
 * none}), where "end" rewrote every history row of the journey in its last transaction.
 */
@MasarIntegrationTest
class HistoryCleanupTest extends DatabaseTestSupport {

	private static final Duration TIME_TO_LIVE = Duration.ofDays(1825);

	@Autowired
	JourneyDriver journey;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Test
	void anEndedRequestsHistoryStaysFiveYearsFromItsClosingAndIsNotRewrittenWhenItEnds() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-10T08:00:00Z")));
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		// the request stays open most of a year: retention counted from its start would end that much too early
		journey.moveClock(Duration.ofDays(300));
		journey.vote(instance, "committee1", "REJECT");
		journey.vote(instance, "committee2", "REJECT");
		journey.vote(instance, "committee3", "APPROVE");
		ProcessInstance survey = journey.survey(instance);
		journey.answerSurvey(survey, 4, null);
		assertThat(instance).isEnded();
		Instant closed = ClockUtil.getCurrentTime().toInstant();

		List<String> ids = List.of(instance.getId(), survey.getId());
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list())
			.hasSize(2)
			.allSatisfy(p -> assertThat(p.getRemovalTime()).isNull());
		assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
			.isNotEmpty()
			.extracting(HistoricActivityInstance::getRemovalTime)
			.containsOnlyNulls();
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
			.isNotEmpty()
			.extracting(HistoricVariableInstance::getRemovalTime)
			.containsOnlyNulls();

		// five years after its start, a day short of five years after its closing: kept
		ClockUtil.setCurrentTime(Date.from(closed.plus(TIME_TO_LIVE).minus(Duration.ofDays(1))));
		cleanUpEverythingDue();
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
		assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isPositive();

		// a day past five years after its closing: the journey and its survey go, with every row of their history
		ClockUtil.setCurrentTime(Date.from(closed.plus(TIME_TO_LIVE).plus(Duration.ofDays(1))));
		cleanUpEverythingDue();
		for (String id : ids) {
			assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count()).as(id).isZero();
			assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).count()).as(id).isZero();
			assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).count()).as(id).isZero();
			assertThat(historyService.createHistoricDetailQuery().processInstanceId(id).count()).as(id).isZero();
			assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(id).count()).as(id).isZero();
		}
	}

	/**
	 * The cleanup job as the nightly window runs it, once per batch, until no ended instance of Masar's processes is
	 * past its time to live (other tests' instances share this database; every process has the same time to live).
	 */
	private void cleanUpEverythingDue() {
		Date cutoff = Date.from(ClockUtil.getCurrentTime().toInstant().minus(TIME_TO_LIVE));
		Job cleanup = historyService.cleanUpHistoryAsync(true);
		int batches = 0;
		do {
			managementService.executeJob(cleanup.getId());
		}
		while (++batches < 100 && historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKeyIn("beneficiary-journey", "satisfaction-survey", "beneficiary-inquiry", "beneficiary-outreach")
			.finishedBefore(cutoff)
			.count() > 0);
	}

}
