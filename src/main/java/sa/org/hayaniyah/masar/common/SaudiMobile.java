package sa.org.hayaniyah.masar.common;

import java.util.Optional;

/**
 * Saudi mobile numbers in the forms people write them ({@code 05XXXXXXXX}, {@code 5XXXXXXXX}, {@code +9665…},
 * {@code 009665…}, Arabic-Indic digits) normalised to E.164 ({@code +9665XXXXXXXX}).
 */
public final class SaudiMobile {

	private SaudiMobile() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		StringBuilder digits = new StringBuilder();
		for (char c : ArabicDigits.toAscii(input.strip()).toCharArray()) {
			if (c == '+' && digits.isEmpty()) {
				digits.append(c);
			}
			else if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c != ' ' && c != '-') {
				return Optional.empty();
			}
		}
		String n = digits.toString();
		String national;
		if (n.startsWith("+966")) {
			national = n.substring(4);
		}
		else if (n.startsWith("00966")) {
			national = n.substring(5);
		}
		else if (n.startsWith("966")) {
			national = n.substring(3);
		}
		else if (n.startsWith("0")) {
			national = n.substring(1);
		}
		else {
			national = n;
		}
		return national.matches("5[0-9]{8}") ? Optional.of("+966" + national) : Optional.empty();
	}

}
