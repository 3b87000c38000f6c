package sa.org.hayaniyah.masar.outreach;

import static sa.org.hayaniyah.masar.common.ProcessVariable.count;
import static sa.org.hayaniyah.masar.common.ProcessVariable.id;
import static sa.org.hayaniyah.masar.common.ProcessVariable.input;
import static sa.org.hayaniyah.masar.common.ProcessVariable.text;

import sa.org.hayaniyah.masar.common.CaseVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;

/**
 * The variables of {@code beneficiary-outreach.bpmn}, by the names its forms, expressions and notification templates
 * use; {@code ProcessVariablesContractTest} checks that every one is declared here. All but
 * {@link #FOLLOW_UPS_CREATED} are local to one follow-up's iteration of the loop.
 */
public final class OutreachVariables {

	public static final ProcessVariable<Integer> FOLLOW_UPS_CREATED = count("followUpsCreated");

	/** The loop's element variable. */
	public static final ProcessVariable<Long> FOLLOW_UP_ID = id("followUpId");

	/** What the follow-up does (NOTIFY, FIELD_VISIT, RENEWAL_REQUEST): the gateway routes on it. */
	public static final ProcessVariable<String> FOLLOW_UP_ACTION = text("followUpAction");

	public static final ProcessVariable<String> FOLLOW_UP_TEMPLATE = text("followUpTemplate");

	public static final ProcessVariable<String> FOLLOW_UP_REASON_TEXT = text("followUpReasonText");

	public static final ProcessVariable<String> APPLICANT_NAME = CaseVariables.APPLICANT_NAME;

	public static final ProcessVariable<String> MOBILE = CaseVariables.MOBILE;

	/** The family's file number, under the name the notification delegate reads as the case's reference. */
	public static final ProcessVariable<String> REFERENCE_NUMBER = CaseVariables.REFERENCE_NUMBER;

	public static final ProcessVariable<String> FILE_NUMBER = text("fileNumber");

	public static final ProcessVariable<Long> SUPPORT_REQUEST_ID = CaseVariables.SUPPORT_REQUEST_ID;

	public static final ProcessVariable<String> REQUEST_REFERENCE = text("requestReference");

	public static final ProcessVariable<String> ID_EXPIRY_TEXT = text("idExpiryText");

	// the field visit's form
	public static final ProcessVariable<Object> VISIT_LOCATION = input("visitLocation");

	public static final ProcessVariable<Object> VISIT_DATE = input("visitDate");

	public static final ProcessVariable<Object> VISIT_FINDINGS = input("visitFindings");

	public static final ProcessVariable<String> VISITED_BY = text("visitedBy");

	/** What happened, recorded when the follow-up completes. */
	public static final ProcessVariable<String> FOLLOW_UP_OUTCOME = text("followUpOutcome");

	public static final ProcessVariable<String> RENEWAL_REFERENCE = text("renewalReference");

	private OutreachVariables() {
	}

}
