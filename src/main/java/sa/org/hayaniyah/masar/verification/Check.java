package sa.org.hayaniyah.masar.verification;

/**
 * The outcome of one verification rule, as stored and shown to staff.
 */
public record Check(String rule, boolean passed, String message) {

	static Check passed(String rule) {
		return new Check(rule, true, "ناجح");
	}

	static Check failed(String rule, String arabicMessage) {
		return new Check(rule, false, arabicMessage);
	}

}
