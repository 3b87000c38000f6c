package sa.org.hayaniyah.masar.common;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Deadlines counted in working days, with the Saudi weekend (Friday and Saturday) by default.
 * Something received on a weekend day counts from the start of the next working day; otherwise the time of day is
 * kept: received Thursday 10:00, two working days later is Monday 10:00.
 */
public final class WorkingDays {

	private final Set<DayOfWeek> weekend;

	public WorkingDays(Set<DayOfWeek> weekend) {
		if (weekend == null || weekend.size() >= 7) {
			throw new IllegalArgumentException("masar.calendar.weekend must leave at least one working day");
		}
		this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
	}

	public ZonedDateTime plus(ZonedDateTime start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("working days must not be negative");
		}
		ZonedDateTime at = start;
		if (isWeekend(at)) {
			at = at.toLocalDate().atStartOfDay(at.getZone());
			while (isWeekend(at)) {
				at = at.plusDays(1);
			}
		}
		for (int counted = 0; counted < days;) {
			at = at.plusDays(1);
			if (!isWeekend(at)) {
				counted++;
			}
		}
		return at;
	}

	public boolean isWeekend(ZonedDateTime at) {
		return weekend.contains(at.getDayOfWeek());
	}

}
