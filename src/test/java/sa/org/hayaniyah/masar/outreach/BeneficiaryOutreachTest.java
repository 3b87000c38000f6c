package sa.org.hayaniyah.masar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.notification.Notifications;

/**
 * {@code beneficiary-outreach} run twice over four registered families, each needing attention for one reason
 * (today is 2026-11-22): every situation gets exactly one follow-up of the right kind, and the second run adds none.
 */
@MasarIntegrationTest
class BeneficiaryOutreachTest extends JourneyTestSupport {

	private static final String PROCESS = "beneficiary-outreach";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManagementService managementService;

	@Autowired
	OutreachFollowUps followUps;

	@Autowired
	Notifications notifications;

	@Test
	void eachKindOfCaseIsFollowedUpExactlyOnceAcrossTwoRuns() {
		LocalDate today = LocalDate.of(2026, 11, 22);
		// A: national ID expires in 20 days
		Family expiring = family("SERVED", today.minusDays(10), today.plusDays(20));
		// B: support delivered 342 days ago (a year's support ends in 23 days); asked something last week
		Family renewal = family("SERVED", today.minusDays(357), LocalDate.of(2030, 1, 1));
		deliver(renewal, today.minusDays(342));
		household(renewal);
		recentInquiry(renewal, today.minusDays(7));
		// C: registered in April, not heard from since
		Family silent = family("SERVED", today.minusDays(235), LocalDate.of(2030, 1, 1));
		// D: approved 21 days ago, still not delivered
		Family waiting = family("OPEN", today.minusDays(30), LocalDate.of(2030, 1, 1));
		approve(waiting, today.minusDays(21));

		ProcessInstance first = runtimeService.createProcessInstanceQuery().processInstanceId(runOutreach()).singleResult();
		assertThat(first).isActive().isWaitingAt("Task_VisitFamily");

		assertThat(followUps.forBeneficiary(expiring.beneficiaryId)).singleElement().satisfies(f -> {
			assertThat(f.reason()).isEqualTo(Reason.ID_EXPIRING);
			assertThat(f.reasonKey()).isEqualTo("2026-12-12");
			assertThat(f.status()).isEqualTo("DONE");
		});
		assertThat(notifications.findByReference(expiring.fileNumber)).singleElement().satisfies(n -> {
			assertThat(n.template()).isEqualTo("outreach-id-expiring");
			assertThat(n.body()).contains("2026/12/12 م").contains("1448/07/03 هـ").contains(expiring.fileNumber);
		});

		assertThat(followUps.forBeneficiary(renewal.beneficiaryId)).singleElement().satisfies(f -> {
			assertThat(f.reason()).isEqualTo(Reason.SUPPORT_RENEWAL);
			assertThat(f.status()).isEqualTo("DONE");
			assertThat(f.renewalReference()).matches("HY-14\\d\\d-\\d{6}");
		});
		String renewalReference = followUps.forBeneficiary(renewal.beneficiaryId).get(0).renewalReference();
		ProcessInstance renewed = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(renewalReference)
			.singleResult();
		assertThat(renewed).isWaitingAt("Task_ReceiveBeneficiary").hasPassed("StartEvent_RenewalRequestOpened");
		// O1: the family's data on file, ready for reception to confirm
		Map<String, Object> onFile = runtimeService.getVariables(renewed.getId());
		assertThat(onFile).containsEntry("renewalOf", renewal.reference)
			.containsEntry("nationalId", renewal.nationalId)
			.containsEntry("firstName", "محمد")
			.containsEntry("familyName", "الحياني")
			.containsEntry("city", "الحيانية")
			.containsEntry("dateOfBirth", "1985-03-14")
			.containsEntry("householdSize", 3)
			.containsEntry("monthlyIncome", 2400.0);
		assertThat(FormValues.rows(onFile.get("householdMembers"))).extracting(r -> r.get("memberName"))
			.containsExactly("فاطمة علي", "سارة محمد");
		assertThat(notifications.findByReference(renewal.fileNumber)).extracting(Notifications.Queued::template)
			.containsExactly("outreach-renewal");

		assertThat(followUps.forBeneficiary(silent.beneficiaryId)).singleElement().satisfies(f -> {
			assertThat(f.reason()).isEqualTo(Reason.NO_CONTACT);
			assertThat(f.status()).isEqualTo("OPEN");
		});
		Task visit = visitTask(silent);
		assertThat(visit).hasCandidateGroup("social-research");
		assertThat(taskService.getVariable(visit.getId(), "visitLocation")).isEqualTo("الحيانية - حي الروضة - شارع 12");

		assertThat(followUps.forBeneficiary(waiting.beneficiaryId)).singleElement().satisfies(f -> {
			assertThat(f.reason()).isEqualTo(Reason.SERVICE_NOT_DELIVERED);
			assertThat(f.status()).isEqualTo("DONE");
		});
		assertThat(notifications.findByReference(waiting.fileNumber)).singleElement()
			.satisfies(n -> assertThat(n.body()).contains(waiting.reference));

		// the second run finds the same situations and creates nothing
		String second = runOutreach();
		assertThat(ended(second)).isTrue();
		assertThat(historicVariable(second, "followUpsCreated")).isEqualTo(0);
		for (Family family : List.of(expiring, renewal, silent, waiting)) {
			assertThat(followUps.forBeneficiary(family.beneficiaryId)).hasSize(1);
		}
		assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("renewalOf", renewal.reference).count())
			.isEqualTo(1);
		assertThat(notifications.findByReference(expiring.fileNumber)).hasSize(1);
		assertThat(notifications.findByReference(waiting.fileNumber)).hasSize(1);
		assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_VisitFamily")
			.processVariableValueEquals("fileNumber", silent.fileNumber).count()).isEqualTo(1);

		// the researcher visits; the visit is the family's latest contact
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> journey.complete(first, "Task_VisitFamily", "researcher1",
				Map.of("visitFindings", "")))
			.hasMessageContaining("تاريخ الزيارة مطلوب")
			.hasMessageContaining("اكتب ما وجدته في زيارة الأسرة");
		journey.complete(first, "Task_VisitFamily", "researcher1",
				Map.of("visitDate", "2026-11-24", "visitFindings", "الأسرة بخير، والأب يبحث عن عمل؛ تحتاج إلى سلة غذائية"));
		assertThat(first).isEnded();
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(first.getId())
			.variableName("visitFindings").list())
			.as("the findings live in the family's scope, which retention removes, not in the run's")
			.isNotEmpty()
			.allSatisfy(v -> assertThat(v.getActivityInstanceId()).isNotEqualTo(first.getId()));
		assertThat(followUps.forBeneficiary(silent.beneficiaryId)).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo("DONE");
			assertThat(f.outcome()).contains("2026-11-24").contains("سلة غذائية");
		});
		assertThat(historicVariable(runOutreach(), "followUpsCreated")).isEqualTo(0);
	}

	/** What the timer does each morning: one outreach run, its follow-ups executed as the job executor would. */
	private String runOutreach() {
		Job timer = managementService.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
		assertThat(timer).as("the outreach timer").isNotNull();
		List<String> before = runIds();
		managementService.executeJob(timer.getId());
		journey.runJobs(PROCESS);
		List<String> started = runIds();
		started.removeAll(before);
		assertThat(started).as("one run per timer").hasSize(1);
		return started.get(0);
	}

	private List<String> runIds() {
		return new java.util.ArrayList<>(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.list()
			.stream()
			.map(h -> h.getId())
			.toList());
	}

	private boolean ended(String instanceId) {
		return engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult()
			.getEndTime() != null;
	}

	private Object historicVariable(String instanceId, String name) {
		return engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instanceId)
			.variableName(name)
			.singleResult()
			.getValue();
	}

	private Task visitTask(Family family) {
		return taskService.createTaskQuery()
			.taskDefinitionKey("Task_VisitFamily")
			.processVariableValueEquals("fileNumber", family.fileNumber)
			.singleResult();
	}

	private record Family(long requestId, long beneficiaryId, String reference, String fileNumber, String nationalId) {
	}

	private Family family(String status, LocalDate submitted, LocalDate idExpiry) {
		String nationalId = TestApplicants.nationalId();
		int n = ThreadLocalRandom.current().nextInt(100000, 999999);
		String reference = "HY-1447-" + n;
		String fileNumber = "HY-F-9" + String.format("%05d", n % 100000);
		Timestamp at = Timestamp.from(submitted.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(3)));
		jdbc.sql("""
				INSERT INTO support_request (reference_number, channel, national_id, open_national_id, applicant_name, mobile,
				  support_type, status, submitted_at, committee_deadline, first_name, father_name, grandfather_name, family_name,
				  id_expiry_date, date_of_birth, nationality, city, district, address, household_size, monthly_income)
				VALUES (?, 'C1', ?, ?, 'محمد عبدالله سعد الحياني', ?, 'FOOD_BASKET', ?, ?, ?, 'محمد', 'عبدالله', 'سعد', 'الحياني',
				  ?, ?, 'SA', 'الحيانية', 'حي الروضة', 'شارع 12', 3, 2400)""")
			.params(reference, nationalId, "OPEN".equals(status) ? nationalId : null,
					"+966" + TestApplicants.mobile(nationalId).substring(1), status, at,
					Timestamp.from(at.toInstant().plus(java.time.Duration.ofDays(14))), Date.valueOf(idExpiry),
					Date.valueOf(LocalDate.of(1985, 3, 14)))
			.update();
		long requestId = jdbc.sql("SELECT id FROM support_request WHERE reference_number = ?").param(reference)
			.query(Long.class).single();
		jdbc.sql("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id, city,
				  district, address)
				VALUES (?, ?, 'محمد عبدالله سعد الحياني', ?, ?, ?, 'الحيانية', 'حي الروضة', 'شارع 12')""")
			.params(fileNumber, nationalId, "+966" + TestApplicants.mobile(nationalId).substring(1), at, requestId)
			.update();
		long beneficiaryId = jdbc.sql("SELECT id FROM beneficiary WHERE file_number = ?").param(fileNumber)
			.query(Long.class).single();
		return new Family(requestId, beneficiaryId, reference, fileNumber, nationalId);
	}

	private void deliver(Family family, LocalDate on) {
		jdbc.sql("""
				INSERT INTO service_delivery (request_id, beneficiary_id, description, amount, delivered_on, delivered_by, recorded_at)
				VALUES (?, ?, 'سلة غذائية شهرية لمدة عام', 350, ?, 'reception2', ?)""")
			.params(family.requestId, family.beneficiaryId, Date.valueOf(on), Timestamp.valueOf(on.atTime(10, 0)))
			.update();
	}

	private void household(Family family) {
		for (String[] member : List.of(new String[] { "فاطمة علي", "SPOUSE", "41" }, new String[] { "سارة محمد", "DAUGHTER", "12" })) {
			jdbc.sql("INSERT INTO household_member (request_id, member_name, relation, age, monthly_income) VALUES (?, ?, ?, ?, ?)")
				.params(family.requestId, member[0], member[1], Integer.parseInt(member[2]), BigDecimal.ZERO)
				.update();
		}
	}

	private void recentInquiry(Family family, LocalDate on) {
		Timestamp at = Timestamp.valueOf(on.atTime(11, 0));
		jdbc.sql("""
				INSERT INTO inquiry (reference_number, channel, kind, question, person_name, national_id, received_at, due_at,
				  routed_to, status)
				VALUES (?, 'C2', 'STATUS', 'متى موعد السلة القادمة؟', 'محمد الحياني', ?, ?, ?, 'RECEPTION', 'CLOSED')""")
			.params("HY-Q-1447-" + ThreadLocalRandom.current().nextInt(100000, 999999), family.nationalId, at, at)
			.update();
	}

	private void approve(Family family, LocalDate on) {
		jdbc.sql("""
				INSERT INTO committee_decision (request_id, round, outcome, decided_by, approve_votes, reject_votes, return_votes,
				  decided_at)
				VALUES (?, 1, 'APPROVED', 'COMMITTEE', 3, 0, 0, ?)""")
			.params(family.requestId, Timestamp.valueOf(on.atTime(12, 0)))
			.update();
	}

}
