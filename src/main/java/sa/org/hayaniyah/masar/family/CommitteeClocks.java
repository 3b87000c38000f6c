package sa.org.hayaniyah.masar.family;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import sa.org.hayaniyah.masar.common.DualCalendar;

/**
 * The two-week clock of R5 as reception reads it out: the deadline in both calendars, the days left while the request
 * waits for the committee, and once decided whether the answer came in time. Closed without a decision (incomplete),
 * the clock stopped and says so.
 */
final class CommitteeClocks {

	private CommitteeClocks() {
	}

	static FamilyFile.CommitteeClock of(Instant deadline, Instant decidedAt, Instant closedAt, Instant now, ZoneId zone) {
		if (deadline == null) {
			return null;
		}
		LocalDate deadlineDate = deadline.atZone(zone).toLocalDate();
		String hijri = DualCalendar.hijri(deadlineDate);
		if (decidedAt != null) {
			boolean inTime = !decidedAt.isAfter(deadline);
			return new FamilyFile.CommitteeClock(deadline, deadlineDate, hijri, null, false, decidedAt, inTime,
					inTime ? "صدر القرار في المهلة" : "صدر القرار بعد انقضاء المهلة");
		}
		if (closedAt != null) {
			return new FamilyFile.CommitteeClock(deadline, deadlineDate, hijri, null, false, null, null,
					"أُغلق الطلب قبل عرضه على اللجنة");
		}
		long daysLeft = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), deadlineDate);
		String label = daysLeft > 0 ? "باقٍ على موعد رد اللجنة " + days(daysLeft)
				: daysLeft == 0 ? "موعد رد اللجنة اليوم" : "مضى على موعد رد اللجنة " + days(-daysLeft);
		return new FamilyFile.CommitteeClock(deadline, deadlineDate, hijri, daysLeft, daysLeft < 0, null, null, label);
	}

	/** A count of days as Arabic says it: يوم واحد، يومان، ٣ أيام، ١١ يومًا. */
	static String days(long n) {
		return n == 1 ? "يوم واحد" : n == 2 ? "يومان" : n <= 10 ? n + " أيام" : n + " يومًا";
	}

}
