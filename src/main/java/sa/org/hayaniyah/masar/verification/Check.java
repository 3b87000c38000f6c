package sa.org.hayaniyah.masar.verification;

/**
 * The outcome of one verification rule, as stored and shown to staff.
 */
public record Check(String rule, CheckOutcome outcome, String message) {

	/** A warning does not stop the request. */
	public boolean passed() {
		return outcome == CheckOutcome.PASSED || outcome == CheckOutcome.WARNING;
	}

	static Check passed(String rule) {
		return new Check(rule, CheckOutcome.PASSED, "ناجح");
	}

	static Check invalid(String rule, String arabicMessage) {
		return new Check(rule, CheckOutcome.INVALID, arabicMessage);
	}

	static Check missing(String rule, String arabicMessage) {
		return new Check(rule, CheckOutcome.MISSING, arabicMessage);
	}

	static Check warning(String rule, String arabicMessage) {
		return new Check(rule, CheckOutcome.WARNING, arabicMessage);
	}

}
