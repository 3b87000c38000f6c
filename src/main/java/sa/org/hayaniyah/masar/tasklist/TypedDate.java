package sa.org.hayaniyah.masar.tasklist;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as staff type it into a Masar form: one format for every date field, year first ({@code 2028-09-01}),
 * in the calendar the form's calendar choice names (Hijri Umm al-Qura or Gregorian). Never guessed: a day-first date,
 * a date of the other calendar or a day that does not exist is unreadable. The form's own pattern refuses the
 * format in the browser; this refuses what the pattern cannot see (30 February, a Gregorian year called Hijri).
 */
public final class TypedDate {

	public enum Calendar {
		GREGORIAN, HIJRI
	}

	/** The same pattern as the forms' {@code validate.pattern}. */
	public static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private TypedDate() {
	}

	/** The Gregorian day of {@code text} read in {@code calendar}, or empty when it is not a real day of it. */
	public static Optional<LocalDate> parse(String text, Calendar calendar) {
		Matcher m = text == null ? null : FORMAT.matcher(text.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		int day = Integer.parseInt(m.group(3));
		try {
			if (calendar == Calendar.HIJRI) {
				// the Umm al-Qura table covers 1300-1600 AH; anything else is not a Hijri date on a Saudi document
				return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)));
			}
			return year < 1900 || year > 2200 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException notADay) {
			return Optional.empty();
		}
	}

}
