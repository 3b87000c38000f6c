package sa.org.hayaniyah.masar.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static sa.org.hayaniyah.masar.JourneyDriver.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * PDPL: consent at intake, the audit of who read or changed a record, the data subject's export, and retention of
 * closed requests in the domain tables and in the engine's history.
 */
@MasarIntegrationTest
class PersonalDataProtectionTest extends JourneyTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	RetentionJob retention;

	@Autowired
	RetentionProperties retentionProperties;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TestRestTemplate rest;

	@Test
	void consentAndItsPurposeAreRecordedAtIntake() {
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));

		Map<String, Object> consent = jdbc.sql("SELECT consent_purpose, consent_given_at FROM support_request WHERE reference_number = ?")
			.param(reference(instance))
			.query()
			.singleRow();
		assertThat(consent.values()).doesNotContainNull();
		assertThat(consent.values().iterator().next().toString()).contains("دراسة طلب الدعم");
	}

	@Test
	void withoutConsentNoRequestIsOpened() {
		assertThatThrownBy(() -> journey.startAtOffice("reception1",
				with(TestApplicants.startForm("C1", TestApplicants.nationalId()), "consentGiven", false)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("موافقة المتقدم");
	}

	@Test
	void readsAndChangesOfARecordAreAudited() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		rest.withBasicAuth("supervisor1", "masar-demo")
			.getForEntity("/api/requests/" + reference(instance) + "/verification", String.class);

		assertThat(audit.about(reference(instance))).extracting(e -> e.actor() + ":" + e.action())
			.containsExactly("reception1:CHANGE", "supervisor1:READ");
	}

	@Test
	void aDataSubjectsExportHoldsEverythingAboutThemAndOnlyThem() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.toCommittee(nationalId);
		journey.toCommittee(TestApplicants.nationalId());
		journey.start("beneficiary-inquiry", "reception1", with(TestApplicants.inquiryForm("STATUS", "متى موعد الزيارة الميدانية؟"), "nationalId", nationalId));

		ResponseEntity<Map<String, List<Map<String, Object>>>> export = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/data-subjects/" + nationalId + "/export", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});

		assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(export.getHeaders().getContentDisposition().getFilename()).endsWith(".json");
		Map<String, List<Map<String, Object>>> data = export.getBody();
		assertThat(data.get("support_request")).singleElement().satisfies(row -> assertThat(row.values()).contains(nationalId));
		assertThat(data.get("verification_result")).isNotEmpty();
		assertThat(data.get("applicant_declaration")).hasSize(1);
		assertThat(data.get("social_research")).hasSize(1);
		assertThat(data.get("notification")).isNotEmpty();
		assertThat(data.get("inquiry")).singleElement().satisfies(row -> assertThat(row.values()).contains(nationalId));
		assertThat(audit.about(reference(instance))).extracting(AuditTrail.Entry::action).contains(AuditTrail.Action.EXPORT);

		assertThat(rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity("/api/data-subjects/" + nationalId + "/export", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/api/data-subjects/" + nationalId + "/export", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void retentionRemovesPersonalDataAndHistoryOfExpiredRequestsAndKeepsTheStatistics() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance closed = journey.startAtOffice("reception1", TestApplicants.startForm("C4", nationalId));
		journey.receive(closed, with(with(TestApplicants.applicantData(nationalId), "householdSize", 2L), "householdMembers",
				List.of(Map.of("memberName", "فاطمة", "relation", "SPOUSE", "memberAge", 40))));
		journey.complete(closed, "Task_RecordApplicantDeclaration", "reception1", Map.of("declarationSigned", "no"));
		assertThat(closed).isEnded();
		String reference = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(closed.getId())
			.singleResult()
			.getBusinessKey();
		String stillOpenId = TestApplicants.nationalId();
		ProcessInstance open = journey.startAtOffice("reception1", TestApplicants.startForm("C1", stillOpenId));
		ProcessInstance inquiry = journey.start("beneficiary-inquiry", "reception1", with(TestApplicants.inquiryForm("STATUS", "متى موعد الزيارة الميدانية؟"), "nationalId", nationalId));
		journey.complete(inquiry, "Task_AnswerInquiry", "reception1", Map.of("answer", "موعد الزيارة يوم الأحد القادم"));
		// retention waits for a case's last step: the inquiry's survey ends first
		journey.answerSurvey(journey.survey(inquiry), 4, null);
		String inquiryReference = inquiry.getBusinessKey();

		journey.moveClock(retentionProperties.closedRequestPeriod().plus(Duration.ofDays(1)));
		assertThat(retention.apply()).isPositive();

		Map<String, Object> kept = jdbc.sql("""
				SELECT national_id, applicant_name, mobile, date_of_birth, address, channel, support_type, status, closed_at
				FROM support_request WHERE reference_number = ?""").param(reference).query().singleRow();
		assertThat(kept.values()).doesNotContain(nationalId, "+966" + TestApplicants.mobile(nationalId).substring(1));
		assertThat(kept.values()).contains("C4", "FOOD_BASKET", "CLOSED_INCOMPLETE", "-");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM household_member m JOIN support_request r ON r.id = m.request_id WHERE r.reference_number = ?")
			.param(reference)
			.query(Integer.class)
			.single()).isZero();
		assertThat(audit.about(reference)).extracting(AuditTrail.Entry::action).contains(AuditTrail.Action.ANONYMISE);
		Map<String, Object> keptInquiry = jdbc.sql("""
				SELECT person_name, national_id, mobile, question, answer, channel, kind, status FROM inquiry
				WHERE reference_number = ?""").param(inquiryReference).query().singleRow();
		assertThat(keptInquiry.values()).doesNotContain(nationalId, "سعد محمد القحطاني", "موعد الزيارة يوم الأحد القادم")
			.contains("C2", "STATUS", "CLOSED", "-");
		assertThat(jdbc.sql("SELECT national_id FROM support_request WHERE national_id = ?").param(stillOpenId).query(String.class).list())
			.as("an open request is never touched")
			.hasSize(1);

		historyService.cleanUpHistoryAsync(true);
		for (Job job : managementService.createJobQuery().executable().list()) {
			if (job.getProcessInstanceId() == null) {
				managementService.executeJob(job.getId());
			}
		}
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(closed.getId()).count()).isZero();
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(closed.getId()).count()).isZero();
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(open.getId()).count())
			.as("running requests keep their history")
			.isEqualTo(1);
	}

	@Test
	void aCorrectionIsSetWhereverTheInventoryHoldsTheFieldAndRecordedWithItsReason() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String reference = reference(instance);

		ResponseEntity<Map<String, Object>> corrected = correct("supervisor1", nationalId,
				Map.of("field", "mobile", "value", "0559876543", "reason", "طلب المتقدم هاتفيًا تصحيح رقمه"));

		assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(corrected.getBody()).containsEntry("changed", 2);
		assertThat(jdbc.sql("SELECT mobile FROM support_request WHERE reference_number = ?").param(reference).query(String.class).single())
			.isEqualTo("+966559876543");
		assertThat(runtimeService.getVariable(instance.getId(), "mobile")).isEqualTo("+966559876543");
		assertThat(audit.about(reference)).extracting(e -> e.actor() + ":" + e.action() + ":" + e.detail())
			.contains("supervisor1:CORRECT:mobile corrected: طلب المتقدم هاتفيًا تصحيح رقمه");

		ResponseEntity<Map<String, Object>> wrong = correct("supervisor1", nationalId, Map.of("field", "mobile", "value", "12", "reason", "x"));
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrong.getBody().toString()).contains("القيمة غير صحيحة لهذا الحقل", "اكتب سبب التصحيح");
		assertThat(correct("supervisor1", nationalId, Map.of("field", "nationalId", "value", "1", "reason", "سبب")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(correct("supervisor1", TestApplicants.nationalId(), Map.of("field", "email", "value", "a@b.sa", "reason", "سبب"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(correct("reception1", nationalId, Map.of("field", "email", "value", "a@b.sa", "reason", "سبب")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<Map<String, Object>> correct(String user, String nationalId, Map<String, Object> body) {
		return rest.withBasicAuth(user, "masar-demo")
			.exchange("/api/data-subjects/" + nationalId + "/corrections", HttpMethod.POST, new org.springframework.http.HttpEntity<>(body),
					new ParameterizedTypeReference<>() {
					});
	}

	@Test
	void aPersonWithOnlyAnInquiryGetsAnAuditedExportWithItsMessages() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance inquiry = journey.start("beneficiary-inquiry", "reception1",
				with(TestApplicants.inquiryForm("STATUS", "متى يفتح التسجيل؟"), "nationalId", nationalId));
		journey.complete(inquiry, "Task_AnswerInquiry", "reception1", Map.of("answer", "يفتح التسجيل الأحد"));

		ResponseEntity<Map<String, List<Map<String, Object>>>> export = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/data-subjects/" + nationalId + "/export", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});

		assertThat(export.getBody().get("inquiry")).hasSize(1);
		assertThat(export.getBody().get("notification")).as("the answer, sent with no request").isNotEmpty();
		assertThat(export.getBody().get("engine_variable")).extracting(v -> v.get("name")).contains("question", "personName");
		assertThat(audit.about(inquiry.getBusinessKey())).extracting(AuditTrail.Entry::action).contains(AuditTrail.Action.EXPORT);
	}

	@Test
	void theEnginesHistoryLivesAsLongAsTheDomainRetention() throws Exception {
		String bpmn = Files.readString(Path.of("processes/beneficiary-journey.bpmn"));
		assertThat(bpmn).contains("camunda:historyTimeToLive=\"P" + retentionProperties.closedRequestPeriod().toDays() + "D\"");
	}

	private String reference(ProcessInstance instance) {
		return (String) runtimeService.getVariable(instance.getId(), "referenceNumber");
	}

}
