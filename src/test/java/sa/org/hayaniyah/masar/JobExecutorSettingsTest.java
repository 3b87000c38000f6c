package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * Issue 21: a job locked by a node that died is taken up again within about a minute, not the engine's five. Tests
 * run without a job executor, so the executor is built here the way the starter builds it from Masar's settings.
 */
@MasarIntegrationTest
class JobExecutorSettingsTest extends DatabaseTestSupport {

	@Autowired
	CamundaBpmProperties camunda;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	@Test
	void theJobExecutorLocksJobsForAMinuteAndLooksForFreedJobsWithinSeconds() {
		JobExecutor executor = DefaultJobConfiguration.JobConfiguration.jobExecutor(new SyncTaskExecutor(), camunda);

		assertThat(executor.getLockTimeInMillis()).isEqualTo(60_000);
		assertThat(executor.getWaitTimeInMillis()).isEqualTo(5_000);
		assertThat(executor.getMaxWait()).isEqualTo(10_000);
		// the longest a dead node's job waits: its lock plus one idle acquisition wait
		assertThat(executor.getLockTimeInMillis() + executor.getMaxWait()).isLessThanOrEqualTo(70_000);
	}

	@Autowired
	JourneyDriver journey;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	/**
	 * Issue 22: a burst of due deadline timers does not hold up a request reception has just received: the job executor
	 * acquires by priority, and the verification job outranks the timers.
	 */
	@Test
	void theVerificationReceptionJustStartedIsTakenBeforeTimers() {
		assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.isJobExecutorAcquireByPriority()).isTrue();
		String nationalId = TestApplicants.nationalId();
		org.camunda.bpm.engine.runtime.ProcessInstance instance = journey.startAtOffice("reception1",
				TestApplicants.startForm("C1", nationalId));
		journey.claimAndComplete(instance, "Task_ReceiveBeneficiary", "reception1", TestApplicants.applicantData(nationalId));

		List<org.camunda.bpm.engine.runtime.Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).list();
		assertThat(jobs).filteredOn(job -> "Task_VerifyApplicantData".equals(
				managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
			.singleElement()
			.extracting(org.camunda.bpm.engine.runtime.Job::getPriority)
			.isEqualTo(100L);
		// verified and declared, the request waits for research with R5's reminder and deadline timers
		journey.runJobs(instance);
		journey.declare(instance);
		assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()).isNotEmpty()
			.allSatisfy(timer -> assertThat(timer.getPriority()).isZero());
	}

	/** Issue 21: with two nodes on one database, a locked job says which node holds it. */
	@Test
	void aJobsLockNamesTheNodeHoldingIt() {
		org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getJobExecutor().getLockOwner()).startsWith(configuration.getHostname() + "/")
			.hasSizeGreaterThan(configuration.getHostname().length() + 30)
			.hasSizeLessThanOrEqualTo(255);
	}

	@Test
	void everyJobIsBoundedInsideItsLock() {
		Integer statementTimeoutSeconds = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration()).getJdbcStatementTimeout();
		assertThat(statementTimeoutSeconds).isNotNull().isPositive();
		assertThat(statementTimeoutSeconds * 1000L).isLessThan(camunda.getJobExecution().getLockTimeInMillis());
	}

}
