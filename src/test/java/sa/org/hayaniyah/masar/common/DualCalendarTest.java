package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DualCalendarTest {

	/** The policy was approved on Sunday 30/3/1445 AH, which is 15 October 2023. */
	private static final LocalDate POLICY_APPROVAL = LocalDate.of(2023, 10, 15);

	@Test
	void givesTheHijriYear() {
		assertThat(DualCalendar.hijriYear(LocalDate.of(2026, 11, 25))).isEqualTo(1448);
		assertThat(DualCalendar.hijriYear(POLICY_APPROVAL)).isEqualTo(1445);
	}

	@Test
	void writesTheUmmAlQuraDateYearFirst() {
		assertThat(DualCalendar.hijri(POLICY_APPROVAL)).isEqualTo("1445/03/30 هـ");
	}

	@Test
	void padsMonthAndDayWithZeros() {
		// 1 Muharram 1446 AH = 7 July 2024
		assertThat(DualCalendar.hijri(LocalDate.of(2024, 7, 7))).isEqualTo("1446/01/01 هـ");
	}

	@Test
	void writesBothCalendarsGregorianFirst() {
		assertThat(DualCalendar.both(POLICY_APPROVAL)).isEqualTo("2023/10/15 م الموافق 1445/03/30 هـ");
	}

	@Test
	void writesAFutureDeadlineInBothCalendars() {
		// 15 Jumada al-Akhirah 1448 AH = 25 November 2026
		assertThat(DualCalendar.both(LocalDate.of(2026, 11, 25))).isEqualTo("2026/11/25 م الموافق 1448/06/15 هـ");
	}

}
