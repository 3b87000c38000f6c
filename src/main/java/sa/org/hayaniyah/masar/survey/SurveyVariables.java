package sa.org.hayaniyah.masar.survey;

import static sa.org.hayaniyah.masar.common.ProcessVariable.count;
import static sa.org.hayaniyah.masar.common.ProcessVariable.flag;
import static sa.org.hayaniyah.masar.common.ProcessVariable.id;
import static sa.org.hayaniyah.masar.common.ProcessVariable.input;
import static sa.org.hayaniyah.masar.common.ProcessVariable.text;

import sa.org.hayaniyah.masar.common.CaseVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;

/**
 * The variables of {@code satisfaction-survey.bpmn}: those the journey and the inquiry pass in when they call it, and
 * those the survey sets; {@code ProcessVariablesContractTest} checks that every name its forms, expressions, templates
 * and callers use is declared here.
 */
public final class SurveyVariables {

	/** SERVICE, REJECTION or INQUIRY: what is evaluated. */
	public static final ProcessVariable<String> SURVEY_SUBJECT = text("surveySubject");

	public static final ProcessVariable<Long> SUPPORT_REQUEST_ID = CaseVariables.SUPPORT_REQUEST_ID;

	public static final ProcessVariable<Long> INQUIRY_ID = id("inquiryId");

	public static final ProcessVariable<String> REFERENCE_NUMBER = CaseVariables.REFERENCE_NUMBER;

	public static final ProcessVariable<String> APPLICANT_NAME = CaseVariables.APPLICANT_NAME;

	public static final ProcessVariable<String> MOBILE = CaseVariables.MOBILE;

	public static final ProcessVariable<String> EMAIL = CaseVariables.EMAIL;

	public static final ProcessVariable<String> CHANNEL = CaseVariables.CHANNEL;

	public static final ProcessVariable<String> PREFERRED_CHANNEL = CaseVariables.PREFERRED_CHANNEL;

	public static final ProcessVariable<String> SUPPORT_TYPE = text("supportType");

	public static final ProcessVariable<Long> SURVEY_ID = id("surveyId");

	public static final ProcessVariable<String> SURVEY_LINK = text("surveyLink");

	// the answer, correlated by SurveyResponses
	public static final ProcessVariable<Integer> SURVEY_OVERALL = count("surveyOverall");

	public static final ProcessVariable<Boolean> NEEDS_RECOVERY = flag("needsRecovery");

	/** LOW_SCORE or COMPLAINT. */
	public static final ProcessVariable<String> RECOVERY_REASON = text("recoveryReason");

	/** The reason in words: local to the recovery task, set when it is created. */
	public static final ProcessVariable<String> RECOVERY_REASON_TEXT = text("recoveryReasonText");

	public static final ProcessVariable<String> SURVEY_COMMENT = text("surveyComment");

	// the service-recovery form
	public static final ProcessVariable<Object> CALLED_BACK = input("calledBack");

	public static final ProcessVariable<Object> RECOVERY_ACTION = input("recoveryAction");

	private SurveyVariables() {
	}

}
