package sa.org.hayaniyah.masar.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads values as Camunda Forms submit them (strings, numbers, {@code yyyy-MM-dd} dates); anything unreadable is null.
 */
public final class FormValues {

	private FormValues() {
	}

	public static String text(Object value) {
		if (value == null) {
			return null;
		}
		String s = value.toString().strip();
		return s.isEmpty() ? null : s;
	}

	public static LocalDate date(Object value) {
		String s = text(value);
		if (s == null || s.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(s.substring(0, 10));
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public static BigDecimal decimal(Object value) {
		String s = text(value);
		if (s == null) {
			return null;
		}
		try {
			return new BigDecimal(s);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
		String s = text(value);
		if (s == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, s);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
