package sa.org.hayaniyah.masar.common;

import java.util.Optional;

/**
 * Saudi national ID (starts with 1) and Iqama (starts with 2): ten digits, the last one a Luhn-style check digit.
 */
public final class SaudiNationalId {

	private SaudiNationalId() {
	}

	/** The ID as stored (ASCII digits, no spaces) if it is valid, whatever digits it was typed with. */
	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String id = ArabicDigits.toAscii(input).replace(" ", "").replace("-", "");
		return isValid(id) ? Optional.of(id) : Optional.empty();
	}

	/** Strict check of the stored form: ten ASCII digits. */
	public static boolean isValid(String id) {
		if (id == null || !id.matches("[12][0-9]{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int digit = id.charAt(i) - '0';
			if (i % 2 == 0) {
				int doubled = digit * 2;
				sum += doubled / 10 + doubled % 10;
			}
			else {
				sum += digit;
			}
		}
		return sum % 10 == 0;
	}

}
