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
		for (char c : input.strip().toCharArray()) {
			if (c >= '\u0660' && c <= '\u0669') {
				digits.append((char) ('0' + (c - '\u0660')));
			}
			else if (c >= '\u06F0' && c <= '\u06F9') {
				digits.append((char) ('0' + (c - '\u06F0')));
			}
			else if (c == '+' && digits.isEmpty()) {
				digits.append(c);
			}
			else if (Character.isDigit(c)) {
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
