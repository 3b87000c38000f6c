package sa.org.hayaniyah.masar.verification;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sa.org.hayaniyah.masar.common.ArabicDigits;

/**
 * The expiry date printed on a national ID or Iqama, as staff type it: Hijri (Umm al-Qura, the calendar on the card)
 * or Gregorian, year first or day first, with any digits. A year before 1700 is read as Hijri.
 */
public final class IdExpiryDate {

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

	private IdExpiryDate() {
	}

	/** The Gregorian date, or empty when the text is not a real date of either calendar. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = ArabicDigits.toAscii(text.strip()).replace(" هـ", "").replace("هـ", "").replace(" م", "").strip();
		int year;
		int month;
		int day;
		Matcher m = YEAR_FIRST.matcher(s);
		if (m.matches()) {
			year = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(2));
			day = Integer.parseInt(m.group(3));
		}
		else if ((m = DAY_FIRST.matcher(s)).matches()) {
			day = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(2));
			year = Integer.parseInt(m.group(3));
		}
		else {
			return Optional.empty();
		}
		if (year < 1700 && (year < 1300 || year > 1600)) {
			// the JDK's Umm al-Qura table runs from 1300 to 1600 AH; outside it HijrahDate fails with an index error
			return Optional.empty();
		}
		try {
			return Optional.of(year < 1700 ? LocalDate.from(HijrahDate.of(year, month, day)) : LocalDate.of(year, month, day));
		}
		catch (DateTimeException | ArithmeticException notADate) {
			return Optional.empty();
		}
	}

}
