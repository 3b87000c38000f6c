package sa.org.hayaniyah.masar.common;

import static sa.org.hayaniyah.masar.common.ProcessVariable.count;
import static sa.org.hayaniyah.masar.common.ProcessVariable.flag;
import static sa.org.hayaniyah.masar.common.ProcessVariable.input;
import static sa.org.hayaniyah.masar.common.ProcessVariable.moment;
import static sa.org.hayaniyah.masar.common.ProcessVariable.number;
import static sa.org.hayaniyah.masar.common.ProcessVariable.text;

import java.util.Date;

/**
 * The variables of {@code beneficiary-journey.bpmn} (and the inputs of {@code eligibility.dmn} and
 * {@code required-documents.dmn}), by the names its forms, expressions and notification templates use.
 * {@code ProcessVariablesContractTest} checks that every name those files use is declared here.
 * <p>
 * In the shared kernel because intake, verification, committee, sla, registration, research, delivery and notification
 * all read the journey's state, and intake (which starts it) depends on sla.
 */
public final class JourneyVariables {

	// the case and the person: set at intake, read everywhere
	public static final ProcessVariable<Long> SUPPORT_REQUEST_ID = CaseVariables.SUPPORT_REQUEST_ID;

	public static final ProcessVariable<String> REFERENCE_NUMBER = CaseVariables.REFERENCE_NUMBER;

	public static final ProcessVariable<String> APPLICANT_NAME = CaseVariables.APPLICANT_NAME;

	public static final ProcessVariable<String> NATIONAL_ID = CaseVariables.NATIONAL_ID;

	public static final ProcessVariable<String> MOBILE = CaseVariables.MOBILE;

	public static final ProcessVariable<String> EMAIL = CaseVariables.EMAIL;

	public static final ProcessVariable<String> CHANNEL = CaseVariables.CHANNEL;

	public static final ProcessVariable<String> PREFERRED_CHANNEL = CaseVariables.PREFERRED_CHANNEL;

	/** The start form's user (the process's initiator); empty for online requests. */
	public static final ProcessVariable<String> RECEIVED_BY = text("receivedBy");

	public static final ProcessVariable<String> SUPPORT_TYPE = text("supportType");

	public static final ProcessVariable<Object> CONSENT_GIVEN = input("consentGiven");

	public static final ProcessVariable<String> REQUEST_SUMMARY = text("requestSummary");

	/** The previous request's reference when outreach opened this one as a renewal. */
	public static final ProcessVariable<String> RENEWAL_OF = text("renewalOf");

	public static final ProcessVariable<Date> SUBMITTED_AT = moment("submittedAt");

	public static final ProcessVariable<Date> COMMITTEE_DEADLINE = moment("committeeDeadline");

	public static final ProcessVariable<Date> COMMITTEE_REMINDER_AT = moment("committeeReminderAt");

	/** The deadline's day (yyyy-MM-dd), for the vote form's countdown. */
	public static final ProcessVariable<String> COMMITTEE_DEADLINE_DAY = text("committeeDeadlineDay");

	/** The deadline in both calendars, for forms and the committee-timeline and apology messages. */
	public static final ProcessVariable<String> COMMITTEE_DEADLINE_TEXT = text("committeeDeadlineText");

	// the applicant's data form (Task_ReceiveBeneficiary, Task_ProvideMissingInformation)
	public static final ProcessVariable<Object> FIRST_NAME = input("firstName");

	public static final ProcessVariable<Object> FATHER_NAME = input("fatherName");

	public static final ProcessVariable<Object> GRANDFATHER_NAME = input("grandfatherName");

	public static final ProcessVariable<Object> FAMILY_NAME = input("familyName");

	public static final ProcessVariable<Object> ID_EXPIRY_CALENDAR = input("idExpiryCalendar");

	public static final ProcessVariable<Object> ID_EXPIRY_DATE = input("idExpiryDate");

	public static final ProcessVariable<Object> DATE_OF_BIRTH_CALENDAR = input("dateOfBirthCalendar");

	public static final ProcessVariable<Object> DATE_OF_BIRTH = input("dateOfBirth");

	public static final ProcessVariable<Object> NATIONALITY = input("nationality");

	public static final ProcessVariable<Object> CITY = input("city");

	public static final ProcessVariable<Object> DISTRICT = input("district");

	public static final ProcessVariable<Object> ADDRESS = input("address");

	public static final ProcessVariable<Object> IBAN = input("iban");

	public static final ProcessVariable<Object> HOUSEHOLD_SIZE = input("householdSize");

	/** The family's monthly income as the form sent it; research replaces it with the verified figure. */
	public static final ProcessVariable<Number> MONTHLY_INCOME = number("monthlyIncome");

	/** The dynamic list's rows (memberName, relation, memberNationalId, memberAge, memberIncome are its columns). */
	public static final ProcessVariable<Object> HOUSEHOLD_MEMBERS = input("householdMembers");

	public static final ProcessVariable<Object> DOCUMENTS_RECEIVED = input("documentsReceived");

	public static final ProcessVariable<Object> INQUIRY_NOTES = input("inquiryNotes");

	public static final ProcessVariable<Boolean> CLARIFICATION_NEEDED = flag("clarificationNeeded");

	public static final ProcessVariable<Object> CLARIFICATION_REASON = input("clarificationReason");

	public static final ProcessVariable<Object> CLARIFICATION_QUESTION = input("clarificationQuestion");

	public static final ProcessVariable<Object> CLARIFICATION_ANSWER = input("clarificationAnswer");

	/** The referral reasons offered in the form's list: task-local. */
	public static final ProcessVariable<Object> REFERRAL_REASON_OPTIONS = input("referralReasonOptions");

	public static final ProcessVariable<String> APPLICANT_DATA_RECORDED_BY = text("applicantDataRecordedBy");

	// verification
	public static final ProcessVariable<Integer> VERIFICATION_ATTEMPT = count("verificationAttempt");

	/** VALID, INVALID or INCOMPLETE: the gateway after verification routes on it. */
	public static final ProcessVariable<String> VERIFICATION_OUTCOME = text("verificationOutcome");

	public static final ProcessVariable<String> VERIFICATION_SUMMARY = text("verificationSummary");

	public static final ProcessVariable<String> POSSIBLE_DUPLICATES = text("possibleDuplicates");

	public static final ProcessVariable<String> ELIGIBILITY = text("eligibility");

	public static final ProcessVariable<String> ELIGIBILITY_REASON = text("eligibilityReason");

	// inputs of eligibility.dmn that are not stored on the instance: DecisionTables computes and passes them
	public static final ProcessVariable<Boolean> IN_SERVICE_AREA = flag("inServiceArea");

	public static final ProcessVariable<Number> INCOME_PER_MEMBER = number("incomePerMember");

	public static final ProcessVariable<Number> INCOME_THRESHOLD = number("incomeThreshold");

	// the applicant's declaration
	public static final ProcessVariable<Object> DECLARATION_SIGNED = input("declarationSigned");

	public static final ProcessVariable<Object> SIGNATURE_METHOD = input("signatureMethod");

	public static final ProcessVariable<Object> DECLARATION_WITNESS = input("declarationWitness");

	public static final ProcessVariable<Object> DECLARATION_NOTES = input("declarationNotes");

	public static final ProcessVariable<Boolean> DECLARATION_STILL_VALID = flag("declarationStillValid");

	public static final ProcessVariable<String> CLOSURE_REASON = text("closureReason");

	// social research
	public static final ProcessVariable<Object> RESEARCH_FINDINGS = input("researchFindings");

	public static final ProcessVariable<Object> RESEARCH_RECOMMENDATION = input("researchRecommendation");

	public static final ProcessVariable<Object> FIELD_VISIT_REQUIRED = input("fieldVisitRequired");

	public static final ProcessVariable<Object> VISIT_DATE = input("visitDate");

	public static final ProcessVariable<Object> VISIT_LOCATION = input("visitLocation");

	public static final ProcessVariable<Object> VERIFIED_MONTHLY_INCOME = input("verifiedMonthlyIncome");

	// the committee
	/** The member a vote task belongs to: the multi-instance loop's element variable. */
	public static final ProcessVariable<String> COMMITTEE_MEMBER = text("committeeMember");

	/** The research-and-vote round, 1 until the committee returns the request for more research. */
	public static final ProcessVariable<Integer> COMMITTEE_ROUND = count("committeeRound");

	public static final ProcessVariable<Object> VOTE = input("vote");

	public static final ProcessVariable<Object> VOTE_REASON = input("voteReason");

	public static final ProcessVariable<Object> RECUSAL_REASON = input("recusalReason");

	public static final ProcessVariable<String> TALLY_SUMMARY = text("tallySummary");

	public static final ProcessVariable<Object> SUPERVISOR_DECISION = input("supervisorDecision");

	public static final ProcessVariable<Object> SUPERVISOR_REASON = input("supervisorReason");

	/** APPROVED, REJECTED, RETURNED or UNDECIDED: gateways and the decision message's template route on it. */
	public static final ProcessVariable<String> COMMITTEE_OUTCOME = text("committeeOutcome");

	public static final ProcessVariable<String> DECISION_NUMBER = text("decisionNumber");

	public static final ProcessVariable<String> DECISION_REASON = text("decisionReason");

	/** Shown to the researcher in the next round. */
	public static final ProcessVariable<String> COMMITTEE_RETURN_REASON = text("committeeReturnReason");

	// the deadline (sla)
	public static final ProcessVariable<String> NEW_EXPECTED_DATE_TEXT = text("newExpectedDateText");

	/** What the supervisor did about an overdue request. */
	public static final ProcessVariable<Object> FOLLOW_UP_ACTION = input("followUpAction");

	// registration and delivery
	public static final ProcessVariable<String> FILE_NUMBER = text("fileNumber");

	public static final ProcessVariable<Object> SERVICE_DESCRIPTION = input("serviceDescription");

	public static final ProcessVariable<Object> SERVICE_AMOUNT = input("serviceAmount");

	public static final ProcessVariable<Object> DELIVERED_ON = input("deliveredOn");

	private JourneyVariables() {
	}

}
