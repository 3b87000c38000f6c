package sa.org.hayaniyah.masar.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * Checks every value at the edge, before it reaches a column or a process variable: free text fits its column and
 * holds no control character, numbers are numbers within their range. Each problem becomes a violation naming the
 * field, in Arabic and English.
 */
public final class EdgeChecks {

	/** The engine keeps a string variable in a 4,000-character column. */
	public static final int VARIABLE_LENGTH = 4000;

	private EdgeChecks() {
	}

	/**
	 * Free text of at most {@code max} characters without control characters; null when blank. Adds a violation and
	 * returns null when it does not fit.
	 */
	public static String text(String field, String arabicName, Object value, int max, List<Violation> violations) {
		if (value != null && !(value instanceof CharSequence) && !(value instanceof Number)) {
			violations.add(new Violation(field, arabicName + ": يُكتب نصًا", field + " must be text"));
			return null;
		}
		String text = FormValues.text(value);
		if (text == null) {
			return null;
		}
		if (ArabicText.hasControlCharacters(text)) {
			violations.add(controlCharacters(field, arabicName));
			return null;
		}
		if (text.length() > max) {
			violations.add(new Violation(field, arabicName + " أطول من " + max + " حرفًا",
					field + " is longer than " + max + " characters"));
			return null;
		}
		return text;
	}

	/** A number from {@code min} to {@code max} with at most {@code scale} decimals; null when blank. */
	public static BigDecimal number(String field, String arabicName, Object value, BigDecimal min, BigDecimal max, int scale,
			List<Violation> violations) {
		if (FormValues.text(value) == null) {
			return null;
		}
		BigDecimal number = value instanceof Boolean ? null : FormValues.decimal(value);
		if (number == null || number.compareTo(min) < 0 || number.compareTo(max) > 0
				|| number.stripTrailingZeros().scale() > scale) {
			violations.add(new Violation(field,
					arabicName + " يُكتب رقمًا من " + min.toPlainString() + " إلى " + max.toPlainString()
							+ (scale == 0 ? " دون كسور" : ""),
					field + " must be a number from " + min.toPlainString() + " to " + max.toPlainString()
							+ (scale == 0 ? ", a whole number" : " with at most " + scale + " decimals")));
			return null;
		}
		return number;
	}

	/**
	 * Every string among the variables fits the engine's column and has no control character; other types pass (the
	 * engine stores them in typed columns, Json and lists as bytes).
	 */
	public static List<Violation> variables(Map<String, Object> variables) {
		List<Violation> violations = new ArrayList<>();
		variables.forEach((name, value) -> {
			if (value instanceof String s) {
				text(name, "الحقل " + name, s, VARIABLE_LENGTH, violations);
			}
		});
		return violations;
	}

	/** Throws when any string among the variables would not fit or holds a control character. */
	public static void requireCleanVariables(Map<String, Object> variables) {
		List<Violation> violations = variables(variables);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	public static Violation controlCharacters(String field, String arabicName) {
		return new Violation(field, arabicName + ": يحتوي على رموز تحكم غير مقبولة",
				field + " contains control characters (NUL, ESC, ...)");
	}

}
