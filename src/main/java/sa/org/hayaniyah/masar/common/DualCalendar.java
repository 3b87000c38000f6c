package sa.org.hayaniyah.masar.common;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as the association writes them: Gregorian with the corresponding Hijri (Umm al-Qura) date.
 */
public final class DualCalendar {

	private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

	private DualCalendar() {
	}

	public static int hijriYear(LocalDate date) {
		return HijrahDate.from(date).get(ChronoField.YEAR);
	}

	/** e.g. {@code 1448/05/04 هـ} */
	public static String hijri(LocalDate date) {
		HijrahDate h = HijrahDate.from(date);
		return String.format(Locale.ROOT, "%04d/%02d/%02d هـ", h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR),
				h.get(ChronoField.DAY_OF_MONTH));
	}

	/** e.g. {@code 2026/11/25 م الموافق 1448/06/15 هـ} */
	public static String both(LocalDate date) {
		return GREGORIAN.format(date) + " م الموافق " + hijri(date);
	}

}
