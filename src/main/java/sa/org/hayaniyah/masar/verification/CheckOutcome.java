package sa.org.hayaniyah.masar.verification;

/**
 * PASSED; INVALID (staff fix it at reception); MISSING (the applicant must supply it); WARNING (shown, not blocking).
 */
public enum CheckOutcome {

	PASSED, INVALID, MISSING, WARNING

}
