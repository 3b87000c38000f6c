package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static sa.org.hayaniyah.masar.JourneyDriver.with;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.notification.Notifications;

/**
 * The verification step inside the journey (R2, R4): where a failed rule sends the request, what staff see, and what
 * is recorded per attempt.
 */
@MasarIntegrationTest
class VerificationProcessTest extends JourneyTestSupport {

	@Autowired
	ManagementService managementService;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	VerificationResults results;

	@Autowired
	SubmittedDocuments documents;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void whenEveryRulePassesTheDataDocumentsAndEligibilityAreRecorded() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		assertThat(runtimeService.getVariable(instance.getId(), "familyName")).as("name parts prefilled from the start form")
			.isEqualTo("الحياني");
		journey.receive(instance, with(with(TestApplicants.applicantData(nationalId), "householdSize", 2L), "householdMembers",
				"[{\"memberName\":\"فاطمة علي\",\"relation\":\"SPOUSE\",\"memberAge\":35,\"memberIncome\":0}]"));

		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		SupportRequest request = supportRequests.findByReference(reference(instance)).orElseThrow();
		assertThat(results.findByRequest(request.id())).allMatch(c -> c.outcome() == CheckOutcome.PASSED);
		assertThat(documents.findByRequest(request.id())).extracting(SubmittedDocuments.Document::type)
			.containsExactly("ID_COPY", "FAMILY_RECORD", "INCOME_PROOF");
		assertThat(documents.findByRequest(request.id())).allMatch(d -> "reception1".equals(d.verifiedBy()));
		assertThat(supportRequests.householdMembers(request.id())).singleElement()
			.satisfies(m -> assertThat(m.relation()).isEqualTo("SPOUSE"));
		assertThat(runtimeService.getVariable(instance.getId(), "eligibility")).isEqualTo("ELIGIBLE");
		assertThat(runtimeService.getVariable(instance.getId(), "applicantName")).isEqualTo("محمد عبدالله سعيد الحياني");
	}

	@Test
	void anInvalidNationalIdReturnsToReceptionWithTheMessage() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		journey.receive(instance, with(TestApplicants.applicantData(nationalId), "nationalId", "1000000009"));

		assertThat(instance).isWaitingAt("Task_ReceiveBeneficiary").hasNotPassed("Task_RequestMissingInformation");
		assertThat((String) runtimeService.getVariable(instance.getId(), "verificationSummary")).contains("رقم الهوية غير صحيح");
		assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		SupportRequest request = supportRequests.findByReference(reference(instance)).orElseThrow();
		assertThat(notifications.findByRequest(request.id())).as("nothing is sent to the applicant").isEmpty();

		journey.receive(instance, TestApplicants.applicantData(nationalId));
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		assertThat(results.history(request.id())).filteredOn(r -> r.check().rule().equals("NATIONAL_ID"))
			.extracting(r -> r.attempt() + ":" + r.check().outcome())
			.containsExactly("1:INVALID", "2:PASSED");
	}

	@Test
	void missingDocumentsStartTheMissingInformationPathWithTheExactList() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C2", nationalId));
		journey.receive(instance, with(with(TestApplicants.applicantData(nationalId), "supportType", "RENT_ASSISTANCE"),
				"iban", "SA0380000000608010167519"));

		assertThat(instance).isWaitingAt("Task_ProvideMissingInformation").hasPassed("Task_RequestMissingInformation");
		SupportRequest request = supportRequests.findByReference(reference(instance)).orElseThrow();
		assertThat(notifications.findByRequest(request.id())).singleElement()
			.satisfies(n -> assertThat(n.body()).contains("مستندات ناقصة: عقد الإيجار، شهادة رقم الحساب البنكي (الآيبان)"));
	}

	@Test
	void aNationalIdWithAnotherOpenRequestIsBlockedWithTheExistingReference() {
		String first = TestApplicants.nationalId();
		ProcessInstance existing = journey.startAtOffice("reception1", TestApplicants.startForm("C1", first));
		String second = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception2", TestApplicants.startForm("C1", second));

		journey.receive(instance, with(TestApplicants.applicantData(second), "nationalId", first));

		assertThat(instance).isWaitingAt("Task_ReceiveBeneficiary");
		assertThat((String) runtimeService.getVariable(instance.getId(), "verificationSummary"))
			.contains("يوجد طلب مفتوح آخر")
			.contains(reference(existing));
	}

	@Test
	void aPossibleDuplicateIsFlaggedToReceptionButNotRefused() {
		String first = TestApplicants.nationalId();
		ProcessInstance existing = journey.startAtOffice("reception1", TestApplicants.startForm("C1", first));
		journey.receive(existing, with(TestApplicants.applicantData(first), "mobile", "0559876543"));
		// a relative who shares the phone: a different person, flagged for reception to check
		String second = TestApplicants.nationalId('2');
		ProcessInstance instance = journey.startAtOffice("reception2", TestApplicants.startForm("C2", second));

		journey.receive(instance, with(with(TestApplicants.applicantData(second), "mobile", "0559876543"), "firstName", "أحمد"));

		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		assertThat((String) runtimeService.getVariable(instance.getId(), "possibleDuplicates")).contains(reference(existing));
		SupportRequest request = supportRequests.findByReference(reference(instance)).orElseThrow();
		assertThat(results.findByRequest(request.id())).filteredOn(c -> c.rule().equals("POSSIBLE_DUPLICATE"))
			.singleElement()
			.satisfies(c -> assertThat(c.outcome()).isEqualTo(CheckOutcome.WARNING));
	}

	@Test
	void sameNameAndDateOfBirthWrittenDifferentlyIsAPossibleDuplicate() {
		String first = TestApplicants.nationalId();
		ProcessInstance existing = journey.startAtOffice("reception1", TestApplicants.startForm("C1", first));
		journey.receive(existing, with(with(TestApplicants.applicantData(first), "dateOfBirth", "1980-04-12"), "firstName", "أحمد"));
		String second = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception2", TestApplicants.startForm("C2", second));

		journey.receive(instance, with(with(with(TestApplicants.applicantData(second), "dateOfBirth", "1980-04-12"), "firstName",
				"احمد"), "fatherName", "عبد الله"));

		assertThat((String) runtimeService.getVariable(instance.getId(), "possibleDuplicates")).contains(reference(existing));
	}

	@Test
	void withoutASignedDeclarationTheRequestNeverReachesTheCommittee() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		journey.complete(instance, "Task_RecordApplicantDeclaration", "reception1",
				Map.of("declarationSigned", "yes", "signatureMethod", "PAPER", "declarationWitness", "reception1"));
		assertThat(instance).hasPassed("Task_InformApplicantOfTimeline").isWaitingAt("Task_ConductSocialResearch");

		String other = TestApplicants.nationalId();
		ProcessInstance refused = journey.startAtOffice("reception1", TestApplicants.startForm("C1", other));
		journey.receive(refused, TestApplicants.applicantData(other));
		journey.complete(refused, "Task_RecordApplicantDeclaration", "reception1", Map.of("declarationSigned", "no"));
		assertThat(refused).isEnded().hasNotPassed("SubProcess_StudyAndDecide", "Task_ConductSocialResearch");
	}

	@Test
	void aTechnicalFailureIsRetriedThenBecomesAnIncidentNeverASilentPass() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		jdbc.sql("ALTER TABLE verification_result RENAME TO verification_result_down").update();
		try {
			assertThatThrownBy(() -> journey.receive(instance, TestApplicants.applicantData(nationalId)));
			Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
			assertThat(job.getRetries()).as("the configured cycle R3: two tries left").isEqualTo(2);
			for (int i = 0; i < 2; i++) {
				assertThatThrownBy(() -> managementService.executeJob(job.getId()));
			}
			assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
			assertThat(instance).isNotEnded().hasNotPassed("Task_VerifyApplicantData");
		}
		finally {
			jdbc.sql("ALTER TABLE verification_result_down RENAME TO verification_result").update();
		}
		Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
		managementService.setJobRetries(job.getId(), 1);
		managementService.executeJob(job.getId());
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		assertThat(List.of(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count())).containsExactly(0L);
	}

	private String reference(ProcessInstance instance) {
		return (String) runtimeService.getVariable(instance.getId(), "referenceNumber");
	}

}
