package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * R4: the applicant's declaration is bound to the exact data declared. Research that finds another income changes
 * the data, so the committee waits for a new declaration.
 */
@MasarIntegrationTest
class DeclarationBindingTest extends JourneyTestSupport {

	@Autowired
	Declarations declarations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changingTheIncomeAfterTheDeclarationBlocksTheCommitteeUntilANewDeclaration() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C2", nationalId));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		journey.declare(instance);
		long requestId = journey.variable(instance, JourneyVariables.SUPPORT_REQUEST_ID);
		String declaredHash = jdbc.sql("SELECT data_hash FROM applicant_declaration WHERE request_id = ?")
			.param(requestId)
			.query(String.class)
			.single();
		assertThat(declaredHash).matches("[0-9a-f]{64}");
		assertThat(declarations.matchesDeclaredData(requestId)).as("nothing changed yet").isTrue();

		// the social researcher finds a higher income than declared
		journey.complete(instance, "Task_ConductSocialResearch", "researcher1",
				Map.of("fieldVisitRequired", false, "researchFindings", "للأسرة دخل إضافي من عمل الابن الأكبر",
						"researchRecommendation", "COMMITTEE_JUDGEMENT", "verifiedMonthlyIncome", 3100.0));

		assertThat(instance).isWaitingAt("Task_RenewApplicantDeclaration")
			.hasPassed("Task_CheckDeclarationStillValid")
			.hasNotPassed("Task_DecideOnSupportRequest");
		assertThat(journey.openTasks(instance)).extracting(Task::getTaskDefinitionKey)
			.containsExactly("Task_RenewApplicantDeclaration");
		assertThat(jdbc.sql("SELECT monthly_income FROM support_request WHERE id = ?").param(requestId)
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("3100");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM applicant_declaration WHERE request_id = ? AND invalidated_at IS NOT NULL")
			.param(requestId).query(Integer.class).single()).isEqualTo(1);

		// a refusal to sign again keeps the committee waiting
		journey.complete(instance, "Task_RenewApplicantDeclaration", "reception2", Map.of("declarationSigned", "no"));
		assertThat(instance).isWaitingAt("Task_RenewApplicantDeclaration");

		journey.complete(instance, "Task_RenewApplicantDeclaration", "reception2",
				Map.of("declarationSigned", "yes", "signatureMethod", "OTP"));
		assertThat(instance).isWaitingAt("Task_DecideOnSupportRequest");
		assertThat(jdbc.sql("SELECT data_hash FROM applicant_declaration WHERE request_id = ? ORDER BY id DESC")
			.param(requestId).query(String.class).list().get(0)).isNotEqualTo(declaredHash);
		assertThat(declarations.matchesDeclaredData(requestId)).isTrue();
	}

	@Test
	void researchThatConfirmsTheDeclaredIncomeGoesStraightToTheCommittee() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		Map<String, Object> data = TestApplicants.applicantData(nationalId);
		journey.receive(instance, data);
		journey.declare(instance);
		journey.complete(instance, "Task_ConductSocialResearch", "researcher1",
				Map.of("fieldVisitRequired", false, "researchFindings", "الدخل كما ذكر المتقدم", "researchRecommendation",
						"RECOMMEND_APPROVAL", "verifiedMonthlyIncome", data.get("monthlyIncome")));
		assertThat(instance).isWaitingAt("Task_DecideOnSupportRequest").hasNotPassed("Task_RenewApplicantDeclaration");
	}

}
