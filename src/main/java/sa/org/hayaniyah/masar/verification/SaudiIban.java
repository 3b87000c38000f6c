package sa.org.hayaniyah.masar.verification;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

import sa.org.hayaniyah.masar.common.ArabicDigits;

/**
 * Saudi IBAN: {@code SA}, two check digits, a two-digit bank code and an 18-character account (24 characters),
 * verified by the ISO 13616 mod-97 check. Spaces and lower case are accepted and removed.
 */
final class SaudiIban {

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	private SaudiIban() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String iban = ArabicDigits.toAscii(input).replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
		if (!iban.matches("SA\\d{4}[0-9A-Z]{18}")) {
			return Optional.empty();
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		StringBuilder numeric = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1 ? Optional.of(iban) : Optional.empty();
	}

}
