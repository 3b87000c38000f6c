package sa.org.hayaniyah.masar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InquiryPropertiesTest {

	@Test
	void acceptsThreeWorkingDaysAndTheSaudiWeekend() {
		InquiryProperties inquiry = new InquiryProperties(3, Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));

		assertThat(inquiry.answerWithinWorkingDays()).isEqualTo(3);
		assertThat(inquiry.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
	}

	@Test
	void withoutAWeekendFridayAndSaturdayAreOff() {
		InquiryProperties inquiry = new InquiryProperties(3, null);

		assertThat(inquiry.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		// Thursday 9 January 2025, 10:00 in Riyadh: three working days later is Tuesday
		ZonedDateTime thursday = ZonedDateTime.of(2025, 1, 9, 10, 0, 0, 0, ZoneId.of("Asia/Riyadh"));
		assertThat(inquiry.workingDays().plus(thursday, 3)).isEqualTo(thursday.plusDays(5));
	}

	@Test
	void anotherWeekendIsKept() {
		InquiryProperties inquiry = new InquiryProperties(1, EnumSet.of(DayOfWeek.FRIDAY));

		assertThat(inquiry.weekend()).containsExactly(DayOfWeek.FRIDAY);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void refusesAnAnswerDeadlineOfLessThanOneWorkingDay(int days) {
		assertThatIllegalArgumentException().isThrownBy(() -> new InquiryProperties(days, null))
			.withMessageContaining("masar.inquiry.answer-within-working-days");
	}

	@Test
	void refusesAWeekWithoutWorkingDays() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InquiryProperties(3, EnumSet.allOf(DayOfWeek.class)))
			.withMessageContaining("weekend");
	}

}
