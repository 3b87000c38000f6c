package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	private final WorkingDays saudiWeek = new WorkingDays(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));

	/** 5 to 11 January 2025 runs from Sunday to Saturday; 12 to 14 January are the next Sunday to Tuesday. */
	private static ZonedDateTime riyadh(int dayOfJanuary2025, int hour) {
		return ZonedDateTime.of(2025, 1, dayOfJanuary2025, hour, 0, 0, 0, RIYADH);
	}

	private static ZonedDateTime sundayWeekAt(DayOfWeek day) {
		return riyadh(5, 10).with(TemporalAdjusters.nextOrSame(day));
	}

	@Test
	void twoWorkingDaysFromSundayIsTuesdayAtTheSameTime() {
		assertThat(this.saudiWeek.plus(riyadh(5, 10), 2)).isEqualTo(riyadh(7, 10));
	}

	@Test
	void twoWorkingDaysFromWednesdaySkipFridayAndSaturday() {
		assertThat(this.saudiWeek.plus(riyadh(8, 10), 2)).isEqualTo(riyadh(12, 10));
	}

	@Test
	void twoWorkingDaysFromThursdayIsMonday() {
		ZonedDateTime monday = this.saudiWeek.plus(riyadh(9, 10), 2);

		assertThat(monday).isEqualTo(riyadh(13, 10));
		assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
	}

	@Test
	void receivedOnFridayCountsFromTheStartOfSunday() {
		assertThat(this.saudiWeek.plus(riyadh(10, 15), 2)).isEqualTo(riyadh(14, 0));
	}

	@Test
	void zeroWorkingDaysFromSaturdayIsTheStartOfSunday() {
		ZonedDateTime sunday = this.saudiWeek.plus(riyadh(11, 9), 0);

		assertThat(sunday).isEqualTo(riyadh(12, 0));
		assertThat(sunday.getZone()).isEqualTo(RIYADH);
	}

	@Test
	void zeroWorkingDaysFromAWorkingDayKeepsTheTime() {
		assertThat(this.saudiWeek.plus(riyadh(9, 10), 0)).isEqualTo(riyadh(9, 10));
	}

	@Test
	void aWeekWithoutWeekendCountsEveryDay() {
		WorkingDays everyDay = new WorkingDays(Set.of());

		assertThat(everyDay.plus(riyadh(9, 10), 2)).isEqualTo(riyadh(11, 10));
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, -5 })
	void refusesNegativeWorkingDays(int days) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.saudiWeek.plus(riyadh(5, 10), days))
			.withMessageContaining("negative");
	}

	@Test
	void refusesAWeekendOfAllSevenDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDays(EnumSet.allOf(DayOfWeek.class)))
			.withMessageContaining("masar.calendar.weekend");
	}

	@Test
	void refusesAMissingWeekend() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDays(null))
			.withMessageContaining("masar.calendar.weekend");
	}

	@ParameterizedTest
	@EnumSource(value = DayOfWeek.class, names = { "FRIDAY", "SATURDAY" })
	void fridayAndSaturdayAreTheWeekend(DayOfWeek day) {
		assertThat(this.saudiWeek.isWeekend(sundayWeekAt(day))).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = DayOfWeek.class, names = { "FRIDAY", "SATURDAY" }, mode = EnumSource.Mode.EXCLUDE)
	void sundayToThursdayAreWorkingDays(DayOfWeek day) {
		assertThat(this.saudiWeek.isWeekend(sundayWeekAt(day))).isFalse();
	}

}
