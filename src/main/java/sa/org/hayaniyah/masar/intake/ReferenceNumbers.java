package sa.org.hayaniyah.masar.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.SequenceGenerator;

/**
 * Human friendly, unique reference numbers: association prefix, Hijri year, sequence ({@code HY-1448-000123}).
 */
@Component
class ReferenceNumbers {

	private final SequenceGenerator sequences;

	private final Clock clock;

	ReferenceNumbers(SequenceGenerator sequences, Clock clock) {
		this.sequences = sequences;
		this.clock = clock;
	}

	String next() {
		int hijriYear = DualCalendar.hijriYear(LocalDate.now(clock));
		long sequence = sequences.next("support-request", hijriYear);
		return String.format(Locale.ROOT, "HY-%d-%06d", hijriYear, sequence);
	}

}
