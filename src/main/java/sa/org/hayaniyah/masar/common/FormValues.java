package sa.org.hayaniyah.masar.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads values as Camunda Forms submit them (strings, numbers, {@code yyyy-MM-dd} dates, JSON lists for checklists
 * and dynamic lists); anything unreadable is null (or an empty list).
 */
public final class FormValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormValues() {
	}

	public static String text(Object value) {
		if (value == null) {
			return null;
		}
		// invisible formatting characters (ZWNJ, bidi marks) would make equal names and numbers differ
		String s = ArabicText.withoutInvisible(value.toString()).strip();
		return s.isEmpty() ? null : s;
	}

	/** A checkbox: true only for {@code true} or "true"; absent means unticked. */
	public static boolean flag(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(text(value));
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

	/** A checklist's values: a Java list, or the JSON array Tasklist stores. */
	public static List<String> textList(Object value) {
		List<String> out = new ArrayList<>();
		for (Object item : list(value, new TypeReference<List<Object>>() {
		})) {
			String s = text(item);
			if (s != null) {
				out.add(s);
			}
		}
		return out;
	}

	/** A dynamic list's rows: Java maps, or the JSON array of objects Tasklist stores. */
	public static List<Map<String, Object>> rows(Object value) {
		return list(value, new TypeReference<List<Map<String, Object>>>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object value, TypeReference<List<T>> type) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return new ArrayList<>((Collection<T>) collection);
		}
		try {
			List<T> parsed = JSON.readValue(value.toString(), type);
			return parsed == null ? List.of() : parsed;
		}
		catch (JsonProcessingException | ClassCastException notAList) {
			return List.of();
		}
	}

}
