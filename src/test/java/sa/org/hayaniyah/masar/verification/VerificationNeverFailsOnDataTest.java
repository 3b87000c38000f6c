package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.intake.Channel;
import sa.org.hayaniyah.masar.intake.NewSupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * Issue 18, finding 5: whatever the data, the verification job ends: a data problem goes back to reception, a crowd
 * of look-alikes makes a bounded warning, and no incident is raised.
 */
@MasarIntegrationTest
class VerificationNeverFailsOnDataTest extends DatabaseTestSupport {

	@Autowired
	JourneyDriver journey;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	SupportRequests supportRequests;

	@Test
	void fiftyLookAlikesMakeABoundedWarningNotAnIncident() {
		String sharedMobile = "+9665" + TestApplicants.nationalId().substring(2);
		for (int i = 0; i < 50; i++) {
			supportRequests.open(new NewSupportRequest(Channel.C7, TestApplicants.nationalId(), "شخص مشابه رقم " + i, sharedMobile,
					SupportType.FOOD_BASKET, null), null);
		}
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));

		journey.receive(instance, JourneyDriver.with(TestApplicants.applicantData(nationalId), "mobile", "0" + sharedMobile.substring(4)));

		assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		String warning = (String) runtimeService.getVariable(instance.getId(), "possibleDuplicates");
		assertThat(warning).hasSizeLessThan(500).contains("HY-").contains("45");
		System.out.println("50 look-alikes: warning of " + warning.length() + " characters: " + warning);
	}

	/** Values that reached the process without the form (an administrator, an older form) still route to reception. */
	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "firstName|محمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمدمحمد",
			"monthlyIncome|1e13", "idExpiryDate|1601/01/01", "city|x", "address|long" })
	void dataNoColumnCanHoldGoesBackToReception(String field, String value) {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		taskService.claim(task.getId(), "reception1");
		taskService.complete(task.getId(), TestApplicants.applicantData(nationalId));
		Object hostile = switch (field) {
			case "monthlyIncome" -> Double.parseDouble(value);
			case "city" -> "ح".repeat(101);
			case "address" -> "ع".repeat(3999);
			default -> value;
		};
		runtimeService.setVariables(instance.getId(), Map.of(field, hostile));

		journey.runJobs(instance);

		assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(instance).isWaitingAt("Task_ReceiveBeneficiary");
		assertThat(runtimeService.getVariable(instance.getId(), "verificationOutcome")).isEqualTo("INVALID");
	}

}
