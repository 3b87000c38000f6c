package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.registration.BeneficiaryRegistry;

/**
 * Reception may start a journey, but only at its start: start instructions, modification and restart put a case past
 * every check before the chosen step, so only administrators issue them; and the steps themselves check their
 * preconditions in the database, so even an administrator cannot register or decide on an unchecked request.
 */
@MasarIntegrationTest
class AdminOnlyCommandsTest extends DatabaseTestSupport {

	private static final String PASSWORD = "masar-demo";

	private static final String START = "/engine-rest/process-definition/key/beneficiary-journey/start";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	BeneficiaryRegistry registry;

	String nationalId;

	ProcessInstance received;

	long requestId;

	@BeforeEach
	void aRequestAtReception() {
		nationalId = TestApplicants.nationalId();
		received = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		requestId = journey.variable(received, JourneyVariables.SUPPORT_REQUEST_ID);
	}

	@AfterEach
	void signOut() {
		identityService.clearAuthentication();
	}

	private static Map<String, Object> startAt(String activityId, long requestId) {
		return Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activityId)), "variables",
				Map.of("supportRequestId", Map.of("value", requestId, "type", "Long")));
	}

	private long journeysOfTheRequest() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(JourneyDriver.PROCESS)
			.variableValueEquals("supportRequestId", requestId)
			.count();
	}

	@Test
	void receptionCannotStartTheJourneyAtRegistration() {
		ResponseEntity<String> response = rest.withBasicAuth("reception1", PASSWORD)
			.postForEntity(START, startAt("Task_CompleteBeneficiaryRegistration", requestId), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).contains("للمشرف العام");
		assertThat(journeysOfTheRequest()).as("only the journey reception started normally").isEqualTo(1);
		assertThat(registry.findByNationalId(nationalId)).as("no beneficiary file").isEmpty();
	}

	@ParameterizedTest(name = "{0} starts before another step of the journey → 403")
	@ValueSource(strings = { "Task_DeliverService", "Task_TallyCommitteeVotes", "Task_RecordApplicantDeclaration" })
	void receptionCannotStartAnywhereButTheStart(String activityId) {
		assertThat(rest.withBasicAuth("reception1", PASSWORD).postForEntity(START, startAt(activityId, requestId), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(journeysOfTheRequest()).isEqualTo(1);
	}

	@Test
	void anAdministratorStartsWithInstructionsButNotPastTheCommittee() {
		ResponseEntity<String> atReception = rest.withBasicAuth("admin", PASSWORD)
			.postForEntity(START, startAt("Task_ReceiveBeneficiary", requestId), String.class);
		assertThat(atReception.getStatusCode()).as(atReception.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(journeysOfTheRequest()).isEqualTo(2);

		ResponseEntity<String> atRegistration = rest.withBasicAuth("admin", PASSWORD)
			.postForEntity(START, startAt("Task_CompleteBeneficiaryRegistration", requestId), String.class);
		// the registration's own check refuses; Camunda's start resource wraps every engine exception into a
		// RestException 500 ("Cannot instantiate process definition ..."), so only the message tells the admin why
		assertThat(atRegistration.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(atRegistration.getBody()).contains("قرار اعتماد مرقّم");
		assertThat(journeysOfTheRequest()).as("rolled back").isEqualTo(2);
		assertThat(registry.findByNationalId(nationalId)).isEmpty();
	}

	@ParameterizedTest(name = "{0} modifies a running journey → 403")
	@ValueSource(strings = { "supervisor1", "reception1", "researcher1", "committee1" })
	void staffCannotModifyARunningJourney(String user) {
		Map<String, Object> instructions = Map.of("instructions",
				List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CompleteBeneficiaryRegistration")));
		String path = "/engine-rest/process-instance/" + received.getId();
		assertThat(rest.withBasicAuth(user, PASSWORD).postForEntity(path + "/modification", instructions, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.withBasicAuth(user, PASSWORD).postForEntity(path + "/modification-async", instructions, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(registry.findByNationalId(nationalId)).isEmpty();
	}

	@Test
	void staffCannotRestartOrModifyInBulk() {
		Map<String, Object> restart = Map.of("processInstanceIds", List.of(received.getId()), "instructions",
				List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CompleteBeneficiaryRegistration")));
		String definition = received.getProcessDefinitionId();
		assertThat(rest.withBasicAuth("supervisor1", PASSWORD)
			.postForEntity("/engine-rest/process-definition/" + definition + "/restart", restart, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, Object> bulk = Map.of("processDefinitionId", definition, "processInstanceIds", List.of(received.getId()),
				"instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CompleteBeneficiaryRegistration")));
		assertThat(rest.withBasicAuth("supervisor1", PASSWORD).postForEntity("/engine-rest/modification/execute", bulk, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.withBasicAuth("supervisor1", PASSWORD)
			.postForEntity("/engine-rest/modification/executeAsync", bulk, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** The engine refuses, not the REST layer: the Java API as a signed-in staff member gets the same answer. */
	@Test
	void theEngineRefusesStaffWhateverTheTransport() {
		identityService.setAuthentication("supervisor1", List.of(Roles.SUPERVISORS));
		assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(received.getId())
			.startBeforeActivity("Task_CompleteBeneficiaryRegistration")
			.execute()).isInstanceOf(AuthorizationException.class).hasMessageContaining(AdminOnlyCommands.REFUSAL);
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION));
		assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(JourneyDriver.PROCESS)
			.startBeforeActivity("Task_CompleteBeneficiaryRegistration")
			.setVariable("supportRequestId", requestId)
			.execute()).isInstanceOf(AuthorizationException.class).hasMessageContaining(AdminOnlyCommands.REFUSAL);
		assertThat(registry.findByNationalId(nationalId)).isEmpty();
	}

	/** Moved to the tally by an administrator, a request that was never verified nor declared gets no decision. */
	@Test
	void theCommitteeDecidesNothingOnAnUnverifiedRequest() {
		identityService.setAuthentication("admin", List.of(Roles.ADMINS));
		assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(received.getId())
			.startBeforeActivity("Task_TallyCommitteeVotes")
			.execute()).isInstanceOf(BadUserRequestException.class).hasMessageContaining("لم تنجح بياناته في التحقق");
		assertThat(journey.variable(received, JourneyVariables.DECISION_NUMBER)).isNull();
	}

}
