package sa.org.hayaniyah.masar.inquiry;

import static sa.org.hayaniyah.masar.common.ProcessVariable.flag;
import static sa.org.hayaniyah.masar.common.ProcessVariable.id;
import static sa.org.hayaniyah.masar.common.ProcessVariable.input;
import static sa.org.hayaniyah.masar.common.ProcessVariable.moment;
import static sa.org.hayaniyah.masar.common.ProcessVariable.text;

import java.util.Date;

import sa.org.hayaniyah.masar.common.CaseVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;

/**
 * The variables of {@code beneficiary-inquiry.bpmn}, by the names its forms, expressions and notification templates
 * use; {@code ProcessVariablesContractTest} checks that every one is declared here.
 */
public final class InquiryVariables {

	public static final ProcessVariable<Long> INQUIRY_ID = id("inquiryId");

	/** The inquiry's reference (also the business key). */
	public static final ProcessVariable<String> REFERENCE_NUMBER = CaseVariables.REFERENCE_NUMBER;

	/** The person's name once registered, under the name every notification uses. */
	public static final ProcessVariable<String> APPLICANT_NAME = CaseVariables.APPLICANT_NAME;

	public static final ProcessVariable<String> NATIONAL_ID = CaseVariables.NATIONAL_ID;

	public static final ProcessVariable<String> MOBILE = CaseVariables.MOBILE;

	public static final ProcessVariable<String> EMAIL = CaseVariables.EMAIL;

	public static final ProcessVariable<String> CHANNEL = CaseVariables.CHANNEL;

	public static final ProcessVariable<String> PREFERRED_CHANNEL = CaseVariables.PREFERRED_CHANNEL;

	public static final ProcessVariable<String> RECEIVED_BY = text("receivedBy");

	// the start form, as typed; the registering delegate checks it
	public static final ProcessVariable<Object> PERSON_NAME = input("personName");

	public static final ProcessVariable<Object> QUESTION = input("question");

	/** A request's reference the question is about, if any. */
	public static final ProcessVariable<Object> REQUEST_REFERENCE = input("requestReference");

	/** The kind as typed, then the checked kind's name (PROCEDURE, COMPLAINT, ...). */
	public static final ProcessVariable<String> INQUIRY_KIND = text("inquiryKind");

	public static final ProcessVariable<String> INQUIRY_KIND_TEXT = text("inquiryKindText");

	public static final ProcessVariable<Boolean> IS_COMPLAINT = flag("isComplaint");

	public static final ProcessVariable<Date> ANSWER_DUE_AT = moment("answerDueAt");

	public static final ProcessVariable<String> ANSWER_DUE_TEXT = text("answerDueText");

	// the answer forms
	public static final ProcessVariable<Object> STANDARD_ANSWER_OPTIONS = input("standardAnswerOptions");

	public static final ProcessVariable<Object> STANDARD_ANSWER_ID = input("standardAnswerId");

	/** The answer as typed, then the checked answer the inquiry-answer message sends. */
	public static final ProcessVariable<Object> ANSWER = input("answer");

	public static final ProcessVariable<Object> SAVE_TO_LIBRARY = input("saveToLibrary");

	public static final ProcessVariable<Object> LIBRARY_QUESTION = input("libraryQuestion");

	/** Reception's choice to refer the person to social research; the gateway routes on it. */
	public static final ProcessVariable<Boolean> REFER_TO_RESEARCH = flag("referToResearch");

	public static final ProcessVariable<Object> REFERRAL_REASON = input("referralReason");

	public static final ProcessVariable<Object> REFERRAL_REASON_OPTIONS = input("referralReasonOptions");

	public static final ProcessVariable<Object> REVIEW_NOTES = input("reviewNotes");

	public static final ProcessVariable<Boolean> ANSWERED_IN_TIME = flag("answeredInTime");

	private InquiryVariables() {
	}

}
