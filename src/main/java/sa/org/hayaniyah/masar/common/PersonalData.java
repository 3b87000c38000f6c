package sa.org.hayaniyah.masar.common;

/**
 * Masks personal data before it reaches a log line: {@code 10******08}, {@code 05******12}, {@code +966*******12}.
 */
public final class PersonalData {

	private PersonalData() {
	}

	public static String mask(String value) {
		if (value == null || value.isBlank()) {
			return "-";
		}
		String v = value.strip();
		int keepStart = v.startsWith("+") ? 4 : 2;
		// at least as many characters hidden as shown
		if (v.length() < 2 * (keepStart + 2)) {
			return "*".repeat(v.length());
		}
		return v.substring(0, keepStart) + "*".repeat(v.length() - keepStart - 2) + v.substring(v.length() - 2);
	}

}
