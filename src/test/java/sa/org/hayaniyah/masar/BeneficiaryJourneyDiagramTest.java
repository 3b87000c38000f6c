package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sa.org.hayaniyah.masar.committee.CommitteeMembers;
import sa.org.hayaniyah.masar.committee.CommitteeSeatGuardListener;
import sa.org.hayaniyah.masar.committee.RecordCommitteeVoteListener;
import sa.org.hayaniyah.masar.committee.RecordSupervisorDecisionListener;
import sa.org.hayaniyah.masar.committee.TallyCommitteeVotesDelegate;
import sa.org.hayaniyah.masar.common.JobRetries;
import sa.org.hayaniyah.masar.delivery.RecordServiceDeliveryListener;
import sa.org.hayaniyah.masar.intake.CloseIncompleteRequestDelegate;
import sa.org.hayaniyah.masar.intake.RegisterSupportRequestDelegate;
import sa.org.hayaniyah.masar.referral.OfferReferralReasonsListener;
import sa.org.hayaniyah.masar.registration.CompleteBeneficiaryRegistrationDelegate;
import sa.org.hayaniyah.masar.registration.RegisterApprovedBeneficiaryListener;
import sa.org.hayaniyah.masar.research.RecordSocialResearchListener;
import sa.org.hayaniyah.masar.sla.RecordApologySentListener;
import sa.org.hayaniyah.masar.sla.RecordSlaBreachDelegate;
import sa.org.hayaniyah.masar.sla.SlaSchedule;
import sa.org.hayaniyah.masar.sla.TaskSchedule;
import sa.org.hayaniyah.masar.tasklist.TypedDatesListener;
import sa.org.hayaniyah.masar.verification.CheckDeclarationStillValidDelegate;
import sa.org.hayaniyah.masar.verification.Declarations;
import sa.org.hayaniyah.masar.verification.RecordApplicantDeclarationListener;
import sa.org.hayaniyah.masar.verification.RecordApplicantFormListener;
import sa.org.hayaniyah.masar.verification.VerifyApplicantDataDelegate;

/**
 * {@code beneficiary-journey.bpmn} with the engine alone, its services mocked (fast tier): the three starts, the
 * clarification loop, each verification outcome, the missing-information reminder and deadline, a declaration signed
 * or not and renewed when the data changed, the committee's votes with every outcome (approved, rejected, returned,
 * undecided and settled), the voting deadline, the committee reminder and the two-week escalation, registration,
 * service, the survey the journey calls, and verification's retries after a technical failure (a stand-in, see {@link DiagramTests#surveyStub()}). What the services do
 * (the rules, the tally, the database) is their own tests' and the full run's.
 */
@Deployment(resources = { "processes/beneficiary-journey.bpmn", "processes/eligibility.dmn", "processes/required-documents.dmn",
		"forms/request-received.form", "forms/applicant-data.form", "forms/clarify-procedures.form",
		"forms/applicant-declaration.form", "forms/social-research.form", "forms/committee-vote.form",
		"forms/settle-undecided.form", "forms/follow-up-overdue.form", "forms/deliver-service.form" })
class BeneficiaryJourneyDiagramTest {

	private static final Date SUBMITTED = DiagramTests.at("2026-03-01T07:00:00Z");

	private static final Date REMINDER = DiagramTests.at("2026-03-11T07:00:00Z");

	private static final Date DEADLINE = DiagramTests.at("2026-03-15T07:00:00Z");

	private static final Long REQUEST = 7L;

	private static final List<String> COMMITTEE = List.of("member1", "member2", "member3");

	@RegisterExtension
	static ProcessEngineExtension extension = DiagramTests.extension();

	ProcessEngine engine;

	final DiagramTests.Notifications notifications = new DiagramTests.Notifications();

	final DiagramTests.OutcomeListener closeSupportRequest = new DiagramTests.OutcomeListener();

	final RegisterSupportRequestDelegate register = mock(RegisterSupportRequestDelegate.class);

	final VerifyApplicantDataDelegate verify = mock(VerifyApplicantDataDelegate.class);

	final CloseIncompleteRequestDelegate closeIncomplete = mock(CloseIncompleteRequestDelegate.class);

	final CheckDeclarationStillValidDelegate checkDeclaration = mock(CheckDeclarationStillValidDelegate.class);

	final TallyCommitteeVotesDelegate tally = mock(TallyCommitteeVotesDelegate.class);

	final CompleteBeneficiaryRegistrationDelegate completeRegistration = mock(CompleteBeneficiaryRegistrationDelegate.class);

	final RecordSlaBreachDelegate recordSlaBreach = mock(RecordSlaBreachDelegate.class);

	final CommitteeSeatGuardListener seatGuard = mock(CommitteeSeatGuardListener.class);

	final RecordCommitteeVoteListener recordVote = mock(RecordCommitteeVoteListener.class);

	final RecordSupervisorDecisionListener recordSupervisorDecision = mock(RecordSupervisorDecisionListener.class);

	final RecordApplicantDeclarationListener recordDeclaration = mock(RecordApplicantDeclarationListener.class);

	final RecordApplicantFormListener recordApplicantForm = mock(RecordApplicantFormListener.class);

	final OfferReferralReasonsListener offerReferralReasons = mock(OfferReferralReasonsListener.class);

	final TypedDatesListener typedDates = mock(TypedDatesListener.class);

	final RecordServiceDeliveryListener recordDelivery = mock(RecordServiceDeliveryListener.class);

	final RecordSocialResearchListener recordResearch = mock(RecordSocialResearchListener.class);

	final RegisterApprovedBeneficiaryListener registerApproved = mock(RegisterApprovedBeneficiaryListener.class);

	final RecordApologySentListener recordApology = mock(RecordApologySentListener.class);

	final SlaSchedule slaSchedule = mock(SlaSchedule.class);

	final TaskSchedule taskSchedule = mock(TaskSchedule.class);

	final JobRetries jobRetries = mock(JobRetries.class);

	final CommitteeMembers committeeMembers = mock(CommitteeMembers.class);

	final Declarations declarations = mock(Declarations.class);

	/** What each verification, declaration check and tally in turn finds, as the real services would. */
	final Deque<String> verificationOutcomes = new ArrayDeque<>();

	final Deque<Boolean> declarationStillValid = new ArrayDeque<>();

	final Deque<String> tallies = new ArrayDeque<>();

	/** What the services saw, taken while they ran: an execution's variables cannot be read after its command. */
	final List<String> seen = new ArrayList<>();

	@BeforeEach
	void mockServices() {
		ClockUtil.setCurrentTime(SUBMITTED);
		BpmnAwareTests.init(engine);
		extension.manageDeployment(engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("satisfaction-survey.bpmn", DiagramTests.surveyStub())
			.deploy());
		// the variables the real delegate sets from the request it opens (intake.RegisterSupportRequestDelegate)
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setProcessBusinessKey("REQ-2026-0007");
			execution.setVariable("supportRequestId", REQUEST);
			execution.setVariable("referenceNumber", "REQ-2026-0007");
			execution.setVariable("submittedAt", SUBMITTED);
			execution.setVariable("committeeDeadline", DEADLINE);
			execution.setVariable("committeeReminderAt", REMINDER);
			return null;
		}).when(register).execute(any());
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable("verificationOutcome", verificationOutcomes.pop());
			return null;
		}).when(verify).execute(any());
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable("declarationStillValid", declarationStillValid.pop());
			return null;
		}).when(checkDeclaration).execute(any());
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable("committeeOutcome", tallies.pop());
			return null;
		}).when(tally).execute(any());
		doAnswer(call -> {
			DelegateTask task = call.getArgument(0);
			task.setVariable("committeeOutcome", task.getVariable("supervisorDecision"));
			return null;
		}).when(recordSupervisorDecision).notify(any(DelegateTask.class));
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable("fileNumber", "B-0001");
			return null;
		}).when(completeRegistration).execute(any());
		doAnswer(call -> {
			seen.add("breach of request " + ((DelegateExecution) call.getArgument(0)).getVariable("supportRequestId"));
			return null;
		}).when(recordSlaBreach).execute(any());
		doAnswer(call -> {
			seen.add("decision " + ((DelegateExecution) call.getArgument(0)).getVariable("committeeOutcome"));
			return null;
		}).when(registerApproved).notify(any(DelegateExecution.class));
		when(slaSchedule.missingInformationReminder()).thenReturn("P3D");
		when(slaSchedule.missingInformationDeadline()).thenReturn("P10D");
		when(slaSchedule.votingDeadline(any())).thenAnswer(call -> ((VariableScope) call.getArgument(0)).getVariable("committeeDeadline"));
		when(taskSchedule.dueDate(any())).thenReturn(DEADLINE);
		when(taskSchedule.priority(any())).thenReturn(50);
		when(jobRetries.cycle()).thenReturn("R3/PT5M");
		when(committeeMembers.eligible(any())).thenReturn(COMMITTEE);
		when(declarations.hasSignedDeclaration(anyLong())).thenReturn(true);

		Mocks.register("sendNotificationDelegate", notifications);
		Mocks.register("closeSupportRequestListener", closeSupportRequest);
		Mocks.register("registerSupportRequestDelegate", register);
		Mocks.register("verifyApplicantDataDelegate", verify);
		Mocks.register("closeIncompleteRequestDelegate", closeIncomplete);
		Mocks.register("checkDeclarationStillValidDelegate", checkDeclaration);
		Mocks.register("tallyCommitteeVotesDelegate", tally);
		Mocks.register("completeBeneficiaryRegistrationDelegate", completeRegistration);
		Mocks.register("recordSlaBreachDelegate", recordSlaBreach);
		Mocks.register("committeeSeatGuardListener", seatGuard);
		Mocks.register("recordCommitteeVoteListener", recordVote);
		Mocks.register("recordSupervisorDecisionListener", recordSupervisorDecision);
		Mocks.register("recordApplicantDeclarationListener", recordDeclaration);
		Mocks.register("recordApplicantFormListener", recordApplicantForm);
		Mocks.register("offerReferralReasonsListener", offerReferralReasons);
		Mocks.register("typedDatesListener", typedDates);
		Mocks.register("recordServiceDeliveryListener", recordDelivery);
		Mocks.register("recordSocialResearchListener", recordResearch);
		Mocks.register("registerApprovedBeneficiaryListener", registerApproved);
		Mocks.register("recordApologySentListener", recordApology);
		Mocks.register("slaSchedule", slaSchedule);
		Mocks.register("taskSchedule", taskSchedule);
		Mocks.register("jobRetries", jobRetries);
		Mocks.register("committeeMembers", committeeMembers);
		Mocks.register("declarations", declarations);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
		engine.getIdentityService().clearAuthentication();
	}

	// --- starts --------------------------------------------------------------------------------------------------

	/** Staff record a request at the desk: the start form, with the employee as initiator. */
	private ProcessInstance receivedInPerson() {
		String definition = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey("beneficiary-journey")
			.singleResult()
			.getId();
		try (InputStream form = engine.getFormService().getDeployedStartForm(definition)) {
			assertThat(form).as("form-request-received in the deployment").isNotNull();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		engine.getIdentityService().setAuthenticatedUserId("reception1");
		ProcessInstance journey = engine.getFormService().submitStartForm(definition, applicant("IN_PERSON"));
		engine.getIdentityService().clearAuthentication();
		assertThat(journey).hasPassed("StartEvent_RequestReceivedInPerson");
		return registered(journey);
	}

	private ProcessInstance receivedByMessage(String message, String channel) {
		return registered(engine.getRuntimeService().createMessageCorrelation(message).setVariables(applicant(channel)).correlateStartMessage());
	}

	private static Map<String, Object> applicant(String channel) {
		return Map.of("channel", channel, "nationalId", "1012345678", "applicantName", "نورة سعد العتيبي", "mobile", "0551234567",
				"supportType", "FOOD_BASKET", "consentGiven", true);
	}

	private ProcessInstance registered(ProcessInstance journey) {
		assertThat(journey).hasBusinessKey("REQ-2026-0007").hasPassed("Task_RegisterSupportRequest").isWaitingAt("Task_ReceiveBeneficiary");
		verify(register).execute(argThat(execution -> "1012345678".equals(execution.getVariable("nationalId"))));
		return journey;
	}

	// --- steps ---------------------------------------------------------------------------------------------------

	private Task task(String key) {
		List<Task> tasks = taskQuery().taskDefinitionKey(key).list();
		assertThat(tasks).as("open tasks " + key).hasSize(1);
		DiagramTests.assertFormDeployed(tasks.get(0));
		return tasks.get(0);
	}

	private void complete(String key, Object... variables) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < variables.length; i += 2) {
			values.put((String) variables[i], variables[i + 1]);
		}
		engine.getTaskService().complete(task(key).getId(), values);
	}

	/** Reception records the form; verification runs as its own job and finds {@code outcome}. */
	private void receiveAndVerify(ProcessInstance journey, String key, String outcome) {
		complete(key, "clarificationNeeded", false);
		assertThat(journey).isWaitingAt("Task_VerifyApplicantData");
		verificationOutcomes.push(outcome);
		DiagramTests.runJob(journey, "Task_VerifyApplicantData");
	}

	/** From reception to the study: data valid, declaration signed, the applicant told the committee's date. */
	private void toStudy(ProcessInstance journey) {
		receiveAndVerify(journey, "Task_ReceiveBeneficiary", "VALID");
		assertThat(journey).isWaitingAt("Task_RecordApplicantDeclaration");
		complete("Task_RecordApplicantDeclaration", "declarationSigned", true);
		assertThat(journey).hasPassed("Task_InformApplicantOfTimeline").isWaitingAt("Task_ConductSocialResearch");
		assertThat(taskQuery().taskDefinitionKey("Task_ConductSocialResearch").singleResult()).hasCandidateGroup("social-research");
		verify(declarations).hasSignedDeclaration(REQUEST);
	}

	/** Research done; the declaration still matches the data, or not and then it is renewed. */
	private void research(ProcessInstance journey, boolean declarationUnchanged) {
		declarationStillValid.add(declarationUnchanged);
		if (!declarationUnchanged) {
			declarationStillValid.add(true);
		}
		complete("Task_ConductSocialResearch", "recommendation", "APPROVE");
		if (!declarationUnchanged) {
			assertThat(journey).isWaitingAt("Task_RenewApplicantDeclaration");
			complete("Task_RenewApplicantDeclaration", "declarationSigned", true);
		}
		assertThat(journey).isWaitingAt("Task_DecideOnSupportRequest");
	}

	/** Research done, the declaration unchanged. */
	private void research(ProcessInstance journey) {
		declarationStillValid.add(true);
		complete("Task_ConductSocialResearch", "recommendation", "APPROVE");
		assertThat(journey).isWaitingAt("Task_DecideOnSupportRequest");
	}

	/** Each member votes on their own task; the tally then finds {@code outcome}. */
	private void vote(String outcome) {
		List<Task> votes = taskQuery().taskDefinitionKey("Task_DecideOnSupportRequest").list();
		assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COMMITTEE);
		tallies.add(outcome);
		for (Task vote : votes) {
			DiagramTests.assertFormDeployed(vote);
			engine.getTaskService().complete(vote.getId(), Map.of("vote", "APPROVE", "voteReason", "الأسرة مستحقة"));
		}
	}

	private void surveyDone() {
		engine.getTaskService().complete(taskQuery().taskDefinitionKey(DiagramTests.SURVEY_STUB_TASK).singleResult().getId());
	}

	private void assertStudyTimersGone(ProcessInstance journey) {
		assertThat(DiagramTests.hasJob(journey, "Event_CommitteeReminderDue")).isFalse();
		assertThat(DiagramTests.hasJob(journey, "Event_CommitteeDeadlinePassed")).isFalse();
		assertThat(DiagramTests.hasJob(journey, "Event_VotingDeadlinePassed")).isFalse();
	}

	// --- paths ---------------------------------------------------------------------------------------------------

	@Test
	void anApprovedRequestIsRegisteredServedAndRated() {
		ProcessInstance journey = receivedInPerson();
		assertThat(task("Task_ReceiveBeneficiary")).isAssignedTo("reception1").hasCandidateGroupAssociated("reception").hasDueDate(DEADLINE);
		verify(offerReferralReasons).notify(any(DelegateTask.class));

		toStudy(journey);
		assertThat(DiagramTests.job(journey, "Event_CommitteeReminderDue").getDuedate()).isEqualTo(REMINDER);
		assertThat(DiagramTests.job(journey, "Event_CommitteeDeadlinePassed").getDuedate()).isEqualTo(DEADLINE);
		research(journey);
		assertThat(DiagramTests.job(journey, "Event_VotingDeadlinePassed").getDuedate()).isEqualTo(DEADLINE);
		vote("APPROVED");

		verify(seatGuard, times(3)).notify(any(DelegateTask.class));
		verify(recordVote, times(3)).notify(any(DelegateTask.class));
		verify(tally).execute(any());
		assertThat(journey).hasPassed("Event_StudyCompleted", "Task_NotifyDecision", "Task_CompleteBeneficiaryRegistration")
			.hasNotPassed("Task_ClarifyProcedures", "Task_RequestMissingInformation", "Task_RenewApplicantDeclaration",
					"Task_SettleUndecidedRequest", "Task_RemindCommittee", "Task_RecordSlaBreach")
			.isWaitingAt("Task_DeliverService");
		assertStudyTimersGone(journey);
		verify(registerApproved).notify(any(DelegateExecution.class));
		assertThat(seen).containsExactly("decision APPROVED");
		assertThat(task("Task_DeliverService")).hasCandidateGroup("reception");

		complete("Task_DeliverService", "deliveredOn", "2026-03-05");

		verify(recordDelivery).notify(any(DelegateTask.class));
		assertThat(closeSupportRequest.values()).containsExactly("CallActivity_ServiceSurvey:SERVED");
		assertThat(journey).isWaitingAt("CallActivity_ServiceSurvey");
		assertThat(calledProcessInstance("satisfaction-survey")).hasBusinessKey("REQ-2026-0007")
			.variables()
			.containsEntry("surveySubject", "SERVICE")
			.containsEntry("supportRequestId", REQUEST)
			.containsEntry("referenceNumber", "REQ-2026-0007")
			.containsEntry("mobile", "0551234567")
			.containsEntry("supportType", "FOOD_BASKET");
		surveyDone();

		assertThat(journey).isEnded().hasPassed("Event_ServiceDelivered");
		assertThat(notifications.templates()).containsExactly("committee-timeline", "decision-APPROVED");
		verify(recordApplicantForm).notify(any(DelegateTask.class));
		verify(recordDeclaration).notify(any(DelegateTask.class));
		verify(recordResearch).notify(any(DelegateTask.class));
		verify(closeIncomplete, never()).execute(any());
	}

	@Test
	void clarificationAndInvalidDataGoBackToReceptionAndAnUnsignedDeclarationClosesTheRequest() {
		ProcessInstance journey = receivedByMessage("OnlineSupportRequest", "WEBSITE");
		assertThat(journey).hasPassed("StartEvent_OnlineRequestReceived");
		assertThat(task("Task_ReceiveBeneficiary").getAssignee()).as("nobody received it at a desk").isNull();

		complete("Task_ReceiveBeneficiary", "clarificationNeeded", true);
		assertThat(journey).isWaitingAt("Task_ClarifyProcedures");
		assertThat(task("Task_ClarifyProcedures")).hasCandidateGroup("social-research");
		complete("Task_ClarifyProcedures");
		assertThat(journey).isWaitingAt("Task_ReceiveBeneficiary").variables().containsEntry("clarificationNeeded", false);

		receiveAndVerify(journey, "Task_ReceiveBeneficiary", "INVALID");
		assertThat(journey).as("invalid data goes back to reception").isWaitingAt("Task_ReceiveBeneficiary");

		receiveAndVerify(journey, "Task_ReceiveBeneficiary", "INCOMPLETE");
		assertThat(journey).isWaitingAt("Task_ProvideMissingInformation").hasPassed("Task_RequestMissingInformation");

		receiveAndVerify(journey, "Task_ProvideMissingInformation", "VALID");
		when(declarations.hasSignedDeclaration(anyLong())).thenReturn(false);
		complete("Task_RecordApplicantDeclaration", "declarationSigned", false);

		assertThat(journey).isEnded()
			.hasPassed("Task_CloseIncompleteRequest", "Task_NotifyRequestClosed", "Event_RequestClosedIncomplete")
			.hasNotPassed("Task_InformApplicantOfTimeline", "SubProcess_StudyAndDecide");
		verify(verify, times(3)).execute(any());
		verify(recordApplicantForm, times(4)).notify(any(DelegateTask.class));
		verify(closeIncomplete).execute(any());
		assertThat(notifications.templates()).containsExactly("missing-information", "request-closed-incomplete");
	}

	@Test
	void missingInformationIsRemindedOnceAndTheRequestClosedAtTheDeadline() {
		ProcessInstance journey = receivedByMessage("RenewalSupportRequest", "OUTREACH");
		assertThat(journey).hasPassed("StartEvent_RenewalRequestOpened");
		receiveAndVerify(journey, "Task_ReceiveBeneficiary", "INCOMPLETE");
		assertThat(DiagramTests.job(journey, "Event_MissingInformationReminderDue").getDuedate())
			.isEqualTo(DiagramTests.at("2026-03-04T07:00:00Z"));
		assertThat(DiagramTests.job(journey, "Event_MissingInformationOverdue").getDuedate())
			.isEqualTo(DiagramTests.at("2026-03-11T07:00:00Z"));

		DiagramTests.fireTimer(journey, "Event_MissingInformationReminderDue");

		assertThat(journey).hasPassed("Task_RemindApplicantOfMissingInformation", "Event_ApplicantReminded")
			.isWaitingAt("Task_ProvideMissingInformation");

		DiagramTests.fireTimer(journey, "Event_MissingInformationOverdue");

		assertThat(journey).isEnded().hasPassed("Task_CloseIncompleteRequest", "Event_RequestClosedIncomplete");
		assertThat(taskQuery().count()).isZero();
		assertThat(notifications.templates()).containsExactly("missing-information", "missing-information-reminder",
				"request-closed-incomplete");
		verify(closeIncomplete).execute(any());
	}

	@Test
	void aChangedDeclarationIsRenewedAReturnedRequestResearchedAgainAndATieSettledBySupervisors() {
		ProcessInstance journey = receivedInPerson();
		toStudy(journey);

		research(journey, false);
		verify(recordDeclaration, times(2)).notify(any(DelegateTask.class));
		vote("RETURNED");
		assertThat(journey).as("returned for more research").isWaitingAt("Task_ConductSocialResearch");

		research(journey);
		vote("UNDECIDED");
		assertThat(journey).isWaitingAt("Task_SettleUndecidedRequest");
		assertThat(task("Task_SettleUndecidedRequest")).hasCandidateGroup("supervisors");
		complete("Task_SettleUndecidedRequest", "supervisorDecision", "REJECTED", "supervisorReason", "الدخل فوق الحد");

		verify(recordSupervisorDecision).notify(any(DelegateTask.class));
		verify(tally, times(2)).execute(any());
		verify(seatGuard, times(6)).notify(any(DelegateTask.class));
		assertThat(journey).hasPassed("Event_StudyCompleted", "Task_NotifyDecision")
			.hasNotPassed("Task_CompleteBeneficiaryRegistration", "Task_DeliverService")
			.isWaitingAt("CallActivity_RejectionSurvey");
		assertStudyTimersGone(journey);
		assertThat(notifications.templates()).containsExactly("committee-timeline", "decision-REJECTED");
		assertThat(closeSupportRequest.values()).containsExactly("CallActivity_RejectionSurvey:REJECTED");
		assertThat(calledProcessInstance("satisfaction-survey")).hasBusinessKey("REQ-2026-0007")
			.variables()
			.containsEntry("surveySubject", "REJECTION")
			.containsEntry("supportRequestId", REQUEST);
		surveyDone();

		assertThat(journey).isEnded().hasPassed("Event_RequestRejected");
		verify(completeRegistration, never()).execute(any());
	}

	@Test
	void theVotingDeadlineCountsTheVotesCastSoFar() {
		ProcessInstance journey = receivedInPerson();
		toStudy(journey);
		research(journey);
		Task first = taskQuery().taskDefinitionKey("Task_DecideOnSupportRequest").taskAssignee("member1").singleResult();
		engine.getTaskService().complete(first.getId(), Map.of("vote", "REJECT", "voteReason", "لا تنطبق الشروط"));
		tallies.add("REJECTED");

		DiagramTests.fireTimer(journey, "Event_VotingDeadlinePassed");

		assertThat(taskQuery().taskDefinitionKey("Task_DecideOnSupportRequest").count()).as("the other votes close").isZero();
		verify(recordVote, times(1)).notify(any(DelegateTask.class));
		verify(tally).execute(any());
		assertThat(journey).hasPassed("Event_VotingDeadlinePassed", "Task_TallyCommitteeVotes", "Event_StudyCompleted")
			.isWaitingAt("CallActivity_RejectionSurvey");
		assertThat(notifications.templates()).containsExactly("committee-timeline", "decision-REJECTED");
	}

	@Test
	void theCommitteeIsRemindedAndALateRequestEscalatedUntilTheDecisionEndsTheFollowUp() {
		ProcessInstance journey = receivedInPerson();
		toStudy(journey);

		DiagramTests.fireTimer(journey, "Event_CommitteeReminderDue");

		assertThat(journey).hasPassed("Task_RemindCommittee", "Event_CommitteeReminded").isWaitingAt("Task_ConductSocialResearch");
		assertThat(notifications.templates()).containsExactly("committee-timeline", "committee-reminder");

		DiagramTests.fireTimer(journey, "Event_CommitteeDeadlinePassed");

		verify(recordSlaBreach).execute(any());
		assertThat(seen).containsExactly("breach of request 7");
		verify(recordApology).notify(any(DelegateExecution.class));
		assertThat(notifications.templates()).containsExactly("committee-timeline", "committee-reminder", "deadline-apology");
		assertThat(journey).isWaitingAt("Task_ConductSocialResearch", "Task_FollowUpOverdueRequest");
		assertThat(task("Task_FollowUpOverdueRequest")).hasCandidateGroup("supervisors");

		research(journey);
		vote("APPROVED");

		assertThat(taskQuery().taskDefinitionKey("Task_FollowUpOverdueRequest").count()).as("the decision ends the follow-up").isZero();
		assertThat(journey).hasNotPassed("Event_OverdueRequestFollowedUp").isWaitingAt("Task_DeliverService");
		assertStudyTimersGone(journey);
	}

	@Test
	void aSupervisorsFollowUpOfALateRequestEndsOnItsOwn() {
		ProcessInstance journey = receivedInPerson();
		toStudy(journey);
		DiagramTests.fireTimer(journey, "Event_CommitteeDeadlinePassed");

		complete("Task_FollowUpOverdueRequest", "followUpNote", "اتصل المشرف بالباحث");

		assertThat(journey).hasPassed("Event_OverdueRequestFollowedUp").isWaitingAt("Task_ConductSocialResearch");
		assertThat(DiagramTests.hasJob(journey, "Event_CommitteeReminderDue")).as("the reminder is independent").isTrue();
	}

	@Test
	void aTechnicalFailureInVerificationIsRetriedAsItsOwnJobThenGoesOn() {
		ProcessInstance journey = receivedInPerson();
		complete("Task_ReceiveBeneficiary", "clarificationNeeded", false);
		doAnswer(call -> {
			throw new IllegalStateException("database unavailable");
		}).when(verify).execute(any());

		assertThatThrownBy(() -> DiagramTests.runJob(journey, "Task_VerifyApplicantData")).hasMessage("database unavailable");

		Job failed = DiagramTests.job(journey, "Task_VerifyApplicantData");
		assertThat(failed.getRetries()).as("masar.jobs.retry-cycle R3: two tries left").isEqualTo(2);
		assertThat(failed.getDuedate()).isEqualTo(new Date(SUBMITTED.getTime() + 5 * 60 * 1000));
		assertThat(journey).as("the form stays recorded: the job rolled back to before verification")
			.isWaitingAt("Task_VerifyApplicantData");

		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable("verificationOutcome", "VALID");
			return null;
		}).when(verify).execute(any());
		DiagramTests.fireTimer(journey, "Task_VerifyApplicantData");

		assertThat(journey).isWaitingAt("Task_RecordApplicantDeclaration");
	}

}
