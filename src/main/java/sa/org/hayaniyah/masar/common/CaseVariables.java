package sa.org.hayaniyah.masar.common;

import static sa.org.hayaniyah.masar.common.ProcessVariable.id;
import static sa.org.hayaniyah.masar.common.ProcessVariable.text;

/**
 * The variables every process that writes to a person shares, under the same names: who they are, how to reach them
 * and the case's reference. The notification delegate reads them whichever process it runs in; each process's
 * accessor ({@link JourneyVariables}, and those of inquiry, outreach and survey) declares them as its own.
 */
public final class CaseVariables {

	/** A request's or an inquiry's reference; a family's file number in outreach. */
	public static final ProcessVariable<String> REFERENCE_NUMBER = text("referenceNumber");

	public static final ProcessVariable<Long> SUPPORT_REQUEST_ID = id("supportRequestId");

	public static final ProcessVariable<String> APPLICANT_NAME = text("applicantName");

	public static final ProcessVariable<String> NATIONAL_ID = text("nationalId");

	public static final ProcessVariable<String> MOBILE = text("mobile");

	public static final ProcessVariable<String> EMAIL = text("email");

	/** The channel the person came through (C1 … C7). */
	public static final ProcessVariable<String> CHANNEL = text("channel");

	public static final ProcessVariable<String> PREFERRED_CHANNEL = text("preferredChannel");

	private CaseVariables() {
	}

}
