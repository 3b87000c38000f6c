package sa.org.hayaniyah.masar.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * R7: a service is delivered only against the file registered for an approved request. A case moved to the delivery
 * step (by an administrator's modification here) with another family's file number in its variables delivers nothing.
 */
@MasarIntegrationTest
class ServiceDeliveryPreconditionTest extends DatabaseTestSupport {

	@Autowired
	JourneyDriver journey;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ServiceDeliveries deliveries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noDeliveryWithoutARegisteredFileForTheRequest() {
		ProcessInstance received = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		long requestId = journey.variable(received, JourneyVariables.SUPPORT_REQUEST_ID);
		String someoneElsesFile = jdbc.sql("SELECT MIN(file_number) FROM beneficiary").query(String.class).optional().orElse("HY-F-000001");
		// the engine itself (no signed-in user) moves the case: the step's own check is all that is left
		runtimeService.createProcessInstanceModification(received.getId())
			.cancelAllForActivity("Task_ReceiveBeneficiary")
			.startBeforeActivity("Task_DeliverService")
			.setVariable("fileNumber", someoneElsesFile)
			.execute();

		assertThatThrownBy(() -> journey.complete(received, "Task_DeliverService", "reception1",
				Map.of("serviceDescription", "سلة غذائية", "deliveredOn", "2026-11-30", "serviceAmount", 250)))
			// Camunda wraps a task listener's exception; the refusal is its cause
			.isInstanceOf(ProcessEngineException.class)
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("ملف مستفيد مسجّل");
		assertThat(deliveries.findByRequest(requestId)).isEmpty();
		assertThat(journey.openTasks(received)).extracting(t -> t.getTaskDefinitionKey()).containsExactly("Task_DeliverService");
	}

}
