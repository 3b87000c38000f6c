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

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

	private static final String[] ARABIC_DAYS = { "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد" };

	/** As the association's letterhead writes it: {@code 15/10/2023 م}. */
	public static String gregorianDayFirst(LocalDate date) {
		return DAY_FIRST.format(date) + " م";
	}

	/** As the letterhead writes it: {@code 30/03/1445 هـ}. */
	public static String hijriDayFirst(LocalDate date) {
		HijrahDate h = HijrahDate.from(date);
		return String.format(Locale.ROOT, "%02d/%02d/%04d هـ", h.get(ChronoField.DAY_OF_MONTH), h.get(ChronoField.MONTH_OF_YEAR),
				h.get(ChronoField.YEAR));
	}

	/** e.g. {@code الأحد} */
	public static String arabicDayName(LocalDate date) {
		return ARABIC_DAYS[date.getDayOfWeek().getValue() - 1];
	}

	/** e.g. {@code 2026/11/25 م الموافق 1448/06/15 هـ} */
	public static String both(LocalDate date) {
		return GREGORIAN.format(date) + " م الموافق " + hijri(date);
	}

}
