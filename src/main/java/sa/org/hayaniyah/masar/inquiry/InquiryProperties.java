package sa.org.hayaniyah.masar.inquiry;

import java.time.DayOfWeek;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import sa.org.hayaniyah.masar.common.WorkingDays;

/**
 * From {@code masar.inquiry}: how many working days an answer may take, and which days are not working days.
 *
 * @param answerWithinWorkingDays the answer deadline, in working days from receipt (O3)
 * @param weekend the association's weekly days off (Friday and Saturday)
 */
@ConfigurationProperties("masar.inquiry")
record InquiryProperties(int answerWithinWorkingDays, Set<DayOfWeek> weekend) {

	public InquiryProperties {
		if (answerWithinWorkingDays < 1) {
			throw new IllegalArgumentException("masar.inquiry.answer-within-working-days must be at least 1");
		}
		weekend = weekend == null ? Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY) : Set.copyOf(weekend);
		new WorkingDays(weekend);
	}

	WorkingDays workingDays() {
		return new WorkingDays(weekend);
	}

}
