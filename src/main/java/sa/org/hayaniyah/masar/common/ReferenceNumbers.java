package sa.org.hayaniyah.masar.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Human friendly, unique reference numbers: prefix, Hijri year, sequence ({@code HY-1448-000123} for a support
 * request, {@code HY-Q-1448-000045} for an inquiry).
 */
@Component
public class ReferenceNumbers {

	private final SequenceGenerator sequences;

	private final Clock clock;

	ReferenceNumbers(SequenceGenerator sequences, Clock clock) {
		this.sequences = sequences;
		this.clock = clock;
	}

	public String next(String prefix, String sequence) {
		int hijriYear = DualCalendar.hijriYear(LocalDate.now(clock));
		return String.format(Locale.ROOT, "%s-%d-%06d", prefix, hijriYear, sequences.next(sequence, hijriYear));
	}

}
