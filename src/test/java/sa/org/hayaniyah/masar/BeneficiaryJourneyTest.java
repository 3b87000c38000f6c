package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static sa.org.hayaniyah.masar.JourneyDriver.with;
import static sa.org.hayaniyah.masar.common.JourneyVariables.APPLICANT_NAME;
import static sa.org.hayaniyah.masar.common.JourneyVariables.CITY;
import static sa.org.hayaniyah.masar.common.JourneyVariables.CLARIFICATION_ANSWER;
import static sa.org.hayaniyah.masar.common.JourneyVariables.CLARIFICATION_NEEDED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.CLARIFICATION_QUESTION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.CLARIFICATION_REASON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.COMMITTEE_DEADLINE_DAY;
import static sa.org.hayaniyah.masar.common.JourneyVariables.COMMITTEE_RETURN_REASON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.COMMITTEE_ROUND;
import static sa.org.hayaniyah.masar.common.JourneyVariables.DECLARATION_SIGNED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.DELIVERED_ON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.DOCUMENTS_RECEIVED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.FILE_NUMBER;
import static sa.org.hayaniyah.masar.common.JourneyVariables.MONTHLY_INCOME;
import static sa.org.hayaniyah.masar.common.JourneyVariables.NATIONAL_ID;
import static sa.org.hayaniyah.masar.common.JourneyVariables.REFERENCE_NUMBER;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_AMOUNT;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_DESCRIPTION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SUPERVISOR_DECISION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SUPERVISOR_REASON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SUPPORT_REQUEST_ID;
import static sa.org.hayaniyah.masar.common.JourneyVariables.TALLY_SUMMARY;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VERIFICATION_OUTCOME;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VERIFICATION_SUMMARY;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.org.hayaniyah.masar.committee.CommitteeRecords;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveries;
import sa.org.hayaniyah.masar.intake.DuplicateOpenRequestException;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.notification.Notifications;
import sa.org.hayaniyah.masar.registration.BeneficiaryRegistry;
import sa.org.hayaniyah.masar.research.SocialResearches;
import sa.org.hayaniyah.masar.sla.SlaBreaches;
import sa.org.hayaniyah.masar.survey.SurveyVariables;
import sa.org.hayaniyah.masar.verification.Check;
import sa.org.hayaniyah.masar.verification.Declarations;
import sa.org.hayaniyah.masar.verification.VerificationResults;

/**
 * One test per path of {@code beneficiary-journey}: activities passed, variables, and the domain records.
 */
@MasarIntegrationTest
class BeneficiaryJourneyTest extends JourneyTestSupport {

	@Autowired
	HistoryService historyService;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	VerificationResults verificationResults;

	@Autowired
	Declarations declarations;

	@Autowired
	SocialResearches researches;

	@Autowired
	CommitteeRecords committee;

	@Autowired
	BeneficiaryRegistry registry;

	@Autowired
	ServiceDeliveries deliveries;

	@Autowired
	Notifications notifications;

	@Autowired
	SlaBreaches breaches;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void approvedRequestIsRegisteredAndServed() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String reference = reference(instance);
		assertThat(reference).matches("HY-14\\d\\d-\\d{6}");
		assertThat(instance).isWaitingAt("Task_ReceiveBeneficiary");
		// in the starter's "مهامي", and still offered to reception should a colleague take it over
		assertThat(task(instance)).isAssignedTo("reception1");
		assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery()
			.processInstanceId(instance.getId())
			.taskCandidateGroup("reception")
			.includeAssignedTasks()
			.count()).isEqualTo(1);

		journey.receive(instance, TestApplicants.applicantData(nationalId));
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		journey.declare(instance);
		assertThat(instance).isWaitingAt("Task_ConductSocialResearch");
		journey.research(instance, "RECOMMEND_APPROVAL");
		assertThat(instance).isWaitingAt("Task_DecideOnSupportRequest");
		assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
			.extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("committee1", "committee2", "committee3");
		// each vote's Tasklist card shows the request's columns from copies on the task
		assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
			.allSatisfy(vote -> assertThat(taskService.getVariableLocal(vote.getId(), "referenceNumber")).isEqualTo(reference));
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "REJECT");

		assertThat(instance).isWaitingAt("Task_DeliverService");
		String fileNumber = FILE_NUMBER.get(runtimeService, instance.getId());
		assertThat(fileNumber).matches("HY-F-\\d{6,}"); // an import may move it past six digits
		journey.complete(instance, "Task_DeliverService", "reception2",
				Map.of(SERVICE_DESCRIPTION.name(), "سلة غذائية شهرية", SERVICE_AMOUNT.name(),
						350.0, DELIVERED_ON.name(), "2026-11-30"));

		// served, the request is closed; the journey then waits for the beneficiary's rating of the service (O5)
		assertThat(instance).isWaitingAt("CallActivity_ServiceSurvey");
		assertThat(supportRequests.findByReference(reference).orElseThrow().status().name()).isEqualTo("SERVED");
		ProcessInstance survey = journey.survey(instance);
		assertThat(survey).isWaitingAt("Task_AwaitSurveyAnswer").hasBusinessKey(reference);
		journey.answerSurvey(survey, 5, "شكرًا لكم");

		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_RequestReceivedInPerson", "Task_RegisterSupportRequest", "Task_ReceiveBeneficiary",
					"Task_VerifyApplicantData", "Task_RecordApplicantDeclaration", "Task_InformApplicantOfTimeline",
					"Task_ConductSocialResearch", "Task_TallyCommitteeVotes", "Task_NotifyDecision",
					"Task_CompleteBeneficiaryRegistration", "Task_DeliverService", "CallActivity_ServiceSurvey",
					"Event_ServiceDelivered")
			.hasNotPassed("Task_RequestMissingInformation", "Task_ClarifyProcedures", "Task_SettleUndecidedRequest");
		assertThat(historicVariable(instance, "committeeOutcome")).isEqualTo("APPROVED");
		assertThat(historicVariable(instance, "channel")).isEqualTo("C1");
		// those copies are no history of their own (issue 22); the request's variables they copied are, once each
		List<String> cardColumns = List.of("referenceNumber", "applicantName", "channel", "submittedAt", "committeeDeadlineText");
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
			.filteredOn(v -> cardColumns.contains(v.getName()))
			.allSatisfy(v -> assertThat(v.getTaskId()).as(v.getName()).isNull())
			.extracting(HistoricVariableInstance::getName)
			.containsExactlyInAnyOrderElementsOf(cardColumns);
		assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
			.map(HistoricVariableUpdate.class::cast)
			.filteredOn(update -> cardColumns.contains(update.getVariableName()))
			.isNotEmpty()
			.allSatisfy(update -> assertThat(update.getTaskId()).as(update.getVariableName()).isNull());

		SupportRequest request = supportRequests.findByReference(reference).orElseThrow();
		assertThat(request.status().name()).isEqualTo("SERVED");
		assertThat(request.channel().name()).isEqualTo("C1");
		assertThat(request.mobile()).isEqualTo("+966" + TestApplicants.mobile(nationalId).substring(1));
		assertThat(request.committeeDeadline()).isEqualTo(request.submittedAt().plus(Duration.ofDays(14)));
		assertThat(supportRequests.openReference(nationalId)).isEmpty();
		assertThat(verificationResults.findByRequest(request.id())).isNotEmpty().allMatch(Check::passed);
		assertThat(declarations.hasSignedDeclaration(request.id())).isTrue();
		assertThat(committee.votes(request.id(), 1)).hasSize(3);
		assertThat(committee.decisions(request.id())).singleElement()
			.satisfies(d -> assertThat(d.outcome().name()).isEqualTo("APPROVED"));
		assertThat(registry.findByNationalId(nationalId)).get().extracting(BeneficiaryRegistry.Beneficiary::fileNumber)
			.isEqualTo(fileNumber);
		assertThat(deliveries.findByRequest(request.id())).singleElement().satisfies(d -> {
			assertThat(d.deliveredBy()).isEqualTo("reception2");
			assertThat(d.fileNumber()).isEqualTo(fileNumber);
		});
		assertThat(notifications.findByRequest(request.id())).extracting(Notifications.Queued::template)
			.containsExactly("committee-timeline", "decision-APPROVED", "survey-invitation");
		assertThat(notifications.findByRequest(request.id()).get(0).body()).contains(reference).contains("هـ");
	}

	@Test
	void rejectedRequestIsClosedWithTheReason() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", "REJECT");
		journey.vote(instance, "committee2", "REJECT");
		journey.vote(instance, "committee3", "APPROVE");

		// evaluation is the applicant's right after a rejection too (O5)
		assertThat(instance).isWaitingAt("CallActivity_RejectionSurvey");
		ProcessInstance survey = journey.survey(instance);
		assertThat(SurveyVariables.SURVEY_SUBJECT.get(runtimeService, survey.getId())).isEqualTo("REJECTION");
		journey.answerSurvey(survey, 4, null);
		assertThat(instance).isEnded().hasPassed("Task_NotifyDecision", "CallActivity_RejectionSurvey", "Event_RequestRejected")
			.hasNotPassed("Task_CompleteBeneficiaryRegistration");
		SupportRequest request = request(instance);
		assertThat(request.status().name()).isEqualTo("REJECTED");
		assertThat(historicVariable(instance, "decisionReason")).asString()
			.contains("سبب REJECT من committee1")
			.contains("سبب REJECT من committee2");
		assertThat(notifications.findByRequest(request.id())).filteredOn(n -> n.template().equals("decision-REJECTED"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("سبب REJECT من committee1"));
		assertThat(registry.findByNationalId(request.nationalId())).isEmpty();
	}

	@Test
	void returnedForMoreResearchThenApproved() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", "RETURN");
		journey.vote(instance, "committee2", "RETURN");
		journey.vote(instance, "committee3", "APPROVE");

		assertThat(instance).isWaitingAt("Task_ConductSocialResearch");
		assertThat(COMMITTEE_ROUND.get(runtimeService, instance.getId())).isEqualTo(2);
		assertThat(COMMITTEE_RETURN_REASON.get(runtimeService, instance.getId())).asString().contains("committee1");
		journey.research(instance, "RECOMMEND_APPROVAL");
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");

		assertThat(instance).isWaitingAt("Task_DeliverService");
		SupportRequest request = request(instance);
		assertThat(researches.countFor(request.id())).isEqualTo(2);
		assertThat(committee.decisions(request.id())).extracting(d -> d.round() + ":" + d.outcome())
			.containsExactly("1:RETURNED", "2:APPROVED");
		assertThat(committee.votes(request.id(), 2)).hasSize(3);
	}

	@Test
	void missingInformationIsRequestedAndSupplied() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C2", nationalId));
		journey.receive(instance, with(with(TestApplicants.applicantData(nationalId), CITY.name(), ""),
				DOCUMENTS_RECEIVED.name(),
				List.of("ID_COPY")));

		assertThat(instance).isWaitingAt("Task_ProvideMissingInformation").hasPassed("Task_RequestMissingInformation");
		String summary = VERIFICATION_SUMMARY.get(runtimeService, instance.getId());
		assertThat(summary).contains("المدينة").contains("صورة سجل الأسرة").contains("إثبات الدخل");
		SupportRequest request = request(instance);
		assertThat(verificationResults.findByRequest(request.id())).filteredOn(c -> !c.passed())
			.extracting(Check::rule)
			.containsExactlyInAnyOrder("REQUIRED_FIELDS", "REQUIRED_DOCUMENTS");
		assertThat(notifications.findByRequest(request.id())).singleElement()
			.satisfies(n -> assertThat(n.body()).contains("المدينة").contains("صورة سجل الأسرة"));

		journey.complete(instance, "Task_ProvideMissingInformation", "reception1", TestApplicants.applicantData(nationalId));
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");
		assertThat(VERIFICATION_OUTCOME.get(runtimeService, instance.getId())).isEqualTo("VALID");
		assertThat(VERIFICATION_SUMMARY.get(runtimeService, instance.getId())).isNull();
		assertThat(verificationResults.history(request.id())).extracting(VerificationResults.Result::attempt)
			.containsOnly(1, 2);
	}

	@Test
	void missingInformationNeverSuppliedClosesTheRequest() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C4", nationalId));
		journey.receive(instance, with(TestApplicants.applicantData(nationalId), MONTHLY_INCOME.name(), null));
		assertThat(instance).isWaitingAt("Task_ProvideMissingInformation");

		journey.moveClock(Duration.ofDays(3).plusMinutes(1));
		journey.fireTimer(instance, "Event_MissingInformationReminderDue");
		assertThat(instance).isWaitingAt("Task_ProvideMissingInformation").hasPassed("Task_RemindApplicantOfMissingInformation");

		journey.moveClock(Duration.ofDays(7));
		journey.fireTimer(instance, "Event_MissingInformationOverdue");
		assertThat(instance).isEnded().hasPassed("Task_CloseIncompleteRequest", "Task_NotifyRequestClosed",
				"Event_RequestClosedIncomplete");
		SupportRequest request = supportRequests.findByReference(historicBusinessKey(instance)).orElseThrow();
		assertThat(request.status().name()).isEqualTo("CLOSED_INCOMPLETE");
		assertThat(historicVariable(instance, "closureReason")).isEqualTo("MISSING_INFORMATION_NOT_SUPPLIED");
		assertThat(notifications.findByRequest(request.id())).extracting(Notifications.Queued::template)
			.containsExactly("missing-information", "missing-information-reminder", "request-closed-incomplete");
		assertThat(supportRequests.openReference(nationalId)).as("a closed request frees the national ID").isEmpty();
	}

	@Test
	void referralToSocialResearchOfficerThenReceptionContinues() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C8", nationalId));
		Map<String, Object> data = with(
				with(TestApplicants.applicantData(nationalId), CLARIFICATION_NEEDED.name(), true),
				CLARIFICATION_QUESTION.name(), "ما المستندات المطلوبة لمساعدة الإيجار؟");
		// R3, O8: a referral says why the procedure was unclear
		assertThatThrownBy(() -> journey.receive(instance, data)).hasMessageContaining("اختر سبب الإحالة");
		journey.receive(instance, with(data, CLARIFICATION_REASON.name(), "REQUIRED_DOCUMENTS"));
		assertThat(jdbc.sql("SELECT reason_code FROM referral WHERE request_id = ?")
			.param(SUPPORT_REQUEST_ID.get(runtimeService, instance.getId()))
			.query(String.class)
			.list()).containsExactly("REQUIRED_DOCUMENTS");

		assertThat(instance).isWaitingAt("Task_ClarifyProcedures");
		assertThat(task(instance)).hasCandidateGroup("social-research");
		journey.complete(instance, "Task_ClarifyProcedures", "researcher1",
				Map.of(CLARIFICATION_ANSWER.name(), "عقد الإيجار وصورة الهوية وإثبات الدخل"));

		assertThat(instance).isWaitingAt("Task_ReceiveBeneficiary");
		assertThat(CLARIFICATION_NEEDED.get(runtimeService, instance.getId())).isEqualTo(false);
		assertThat(CLARIFICATION_ANSWER.get(runtimeService, instance.getId())).asString().contains("عقد الإيجار");
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration")
			.hasPassedInOrder("Task_ReceiveBeneficiary", "Task_ClarifyProcedures", "Task_VerifyApplicantData");
	}

	@Test
	void committeeIsRemindedAndSupervisorsEscalatedByTheTwoWeekDeadline() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		SupportRequest request = request(instance);
		assertThat(journey.hasTimer(instance, "Event_CommitteeReminderDue")).isTrue();

		journey.moveClock(Duration.ofDays(10).plusMinutes(1));
		journey.fireTimer(instance, "Event_CommitteeReminderDue");
		assertThat(notifications.findByRequest(request.id())).extracting(Notifications.Queued::recipient)
			.contains("group:research-committee");
		assertThat(breaches.countFor(request.id())).isZero();

		// the vote form counts the days left to this day (R5; TasklistBrowserTest shows it)
		assertThat(COMMITTEE_DEADLINE_DAY.get(taskService, journey.openTasks(instance).get(0).getId()))
			.isEqualTo("2026-12-06");

		journey.moveClock(Duration.ofDays(4));
		journey.fireTimer(instance, "Event_CommitteeDeadlinePassed");
		assertThat(breaches.countFor(request.id())).isEqualTo(1);
		assertThat(instance).isWaitingAt("Task_DecideOnSupportRequest", "Task_FollowUpOverdueRequest");
		// the missed deadline brings the applicant one apology, with a new date a week ahead (R5)
		assertThat(notifications.findByRequest(request.id())).filteredOn(n -> n.template().equals("deadline-apology"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("نعتذر").contains("2026/12/13 م"));
		assertThat(breaches.apologiesFor(request.id())).isEqualTo(1);
		assertThat(journey.hasTimer(instance, "Event_CommitteeDeadlinePassed")).as("the deadline passes once").isFalse();
		Task escalation = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey("Task_FollowUpOverdueRequest")
			.singleResult();
		assertThat(escalation).hasCandidateGroup("supervisors");
		assertThat(escalation.getPriority()).isEqualTo(100);

		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");
		assertThat(instance).isWaitingAt("Task_DeliverService");
		assertThat(taskService.createTaskQuery().taskId(escalation.getId()).count())
			.as("the escalation ends with the decision")
			.isZero();
		assertThat(notifications.findByRequest(request.id())).filteredOn(n -> n.template().equals("deadline-apology")).hasSize(1);
	}

	@Test
	void committeeTieGoesToSupervisor() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "REJECT");
		journey.vote(instance, "committee3", "RETURN");

		assertThat(instance).isWaitingAt("Task_SettleUndecidedRequest");
		assertThat(task(instance)).hasCandidateGroup("supervisors");
		assertThat(TALLY_SUMMARY.get(runtimeService, instance.getId())).asString().contains("تعادلت");
		journey.complete(instance, "Task_SettleUndecidedRequest", "supervisor1",
				Map.of(SUPERVISOR_DECISION.name(), "APPROVE", SUPERVISOR_REASON.name(),
						"الحالة مستحقة بحسب البحث الاجتماعي"));

		assertThat(instance).isWaitingAt("Task_DeliverService");
		assertThat(committee.decisions(request(instance).id())).extracting(d -> d.outcome() + ":" + d.decidedBy())
			.containsExactly("UNDECIDED:COMMITTEE", "APPROVED:supervisor1");
	}

	@Test
	void missingQuorumAtTheVotingDeadlineGoesToSupervisor() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", "APPROVE");

		journey.moveClock(Duration.ofDays(14).plusMinutes(1));
		journey.fireTimer(instance, "Event_VotingDeadlinePassed");

		assertThat(instance).isWaitingAt("Task_SettleUndecidedRequest");
		assertThat(TALLY_SUMMARY.get(runtimeService, instance.getId())).asString().contains("النصاب");
		assertThat(committee.decisions(request(instance).id())).singleElement()
			.satisfies(d -> assertThat(d.outcome().name()).isEqualTo("UNDECIDED"));
	}

	@Test
	void duplicateOpenRequestForTheSameNationalIdIsRefused() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance first = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));

		assertThatThrownBy(() -> journey.startAtOffice("reception2", TestApplicants.startForm("C2", nationalId)))
			.isInstanceOf(DuplicateOpenRequestException.class)
			.hasMessageContaining("يوجد طلب مفتوح")
			.hasMessageContaining(reference(first));
		assertThat(runtimeService.createProcessInstanceQuery()
			.variableValueEquals(NATIONAL_ID.name(), nationalId)
			.count())
			.isEqualTo(1);
	}

	@Test
	void aStartFormValueOfTheWrongKindIsAnsweredAtItsFieldNotReadAsText() {
		// the typed accessor would read the list as "[...]"; the edge checks see the value as submitted
		Map<String, Object> form = with(TestApplicants.startForm("C1", TestApplicants.nationalId()), APPLICANT_NAME.name(),
				List.of("عبدالله", "محمد"));

		assertThatThrownBy(() -> journey.startAtOffice("reception1", form)).hasMessageContaining("applicantName must be text");
	}

	@Test
	void unsignedDeclarationClosesTheRequest() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C6", nationalId));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		assertThatThrownBy(() -> journey.complete(instance, "Task_RecordApplicantDeclaration", "reception1",
				Map.of(DECLARATION_SIGNED.name(), "yes")))
			.hasMessageContaining("طريقة توقيع الإقرار");
		assertThat(instance).isWaitingAt("Task_RecordApplicantDeclaration");

		journey.complete(instance, "Task_RecordApplicantDeclaration", "reception1",
				Map.of(DECLARATION_SIGNED.name(), "no"));
		assertThat(instance).isEnded().hasPassed("Task_CloseIncompleteRequest").hasNotPassed("Task_InformApplicantOfTimeline");
		assertThat(historicVariable(instance, "closureReason")).isEqualTo("DECLARATION_NOT_SIGNED");
	}

	private String reference(ProcessInstance instance) {
		return REFERENCE_NUMBER.get(runtimeService, instance.getId());
	}

	private SupportRequest request(ProcessInstance instance) {
		return supportRequests.findByReference(historicBusinessKey(instance)).orElseThrow();
	}

	private String historicBusinessKey(ProcessInstance instance) {
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
	}

	/** The request's own variable, not the copies tasks keep for their Tasklist cards. */
	private Object historicVariable(ProcessInstance instance, String name) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.list()
			.stream()
			.filter(v -> v.getTaskId() == null)
			.reduce((first, second) -> {
				throw new AssertionError("two process variables " + name);
			})
			.orElseThrow()
			.getValue();
	}

	private Task task(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).active().singleResult();
	}

}
