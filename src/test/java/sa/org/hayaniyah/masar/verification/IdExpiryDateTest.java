package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdExpiryDateTest {

	/** Hijri 1448/06/15 (Umm al-Qura) is Wednesday 25 November 2026. */
	private static final LocalDate HIJRI_1448_06_15 = LocalDate.of(2026, 11, 25);

	@ParameterizedTest
	@ValueSource(strings = { "1448/06/15", "1448-06-15", "1448.06.15", "1448/6/15", "15/06/1448", "15-6-1448",
			"١٤٤٨/٠٦/١٥", "۱۴۴۸/۰۶/۱۵", "١٥/٠٦/١٤٤٨", "1448/06/15 هـ", "1448/06/15هـ", "١٤٤٨/٠٦/١٥ هـ",
			"  1448/06/15  " })
	void readsAHijriDateInTheFormsStaffTypeIt(String text) {
		assertThat(IdExpiryDate.parse(text)).contains(HIJRI_1448_06_15);
	}

	@ParameterizedTest
	@CsvSource({ "1445/03/30, 2023-10-15", "1448/06/15, 2026-11-25", "1448/06/16, 2026-11-26" })
	void convertsHijriDatesToTheUmmAlQuraGregorianDate(String text, LocalDate expected) {
		assertThat(IdExpiryDate.parse(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2030-01-31", "31/01/2030", "2030/1/31", "2030/01/31", "31-1-2030", "31.01.2030",
			"٢٠٣٠-٠١-٣١", "2030-01-31 م" })
	void readsAGregorianDateWhenTheYearIsFrom1700On(String text) {
		assertThat(IdExpiryDate.parse(text)).contains(LocalDate.of(2030, 1, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1445/13/01", "1445/00/10", "1445/03/31", "1445/03/00", "2030-02-30", "2030-13-01",
			"31/04/2030", "00/01/2030" })
	void refusesDaysAndMonthsThatDoNotExistInTheirCalendar(String text) {
		// Umm al-Qura months have 29 or 30 days: there is no 1445/03/31
		assertThat(IdExpiryDate.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1448/6", "1448", "15/06", "1448/06/15/01", "48/06/15", "1448 06 15",
			"غدا", "   " })
	void refusesTextThatIsNotADate(String text) {
		assertThat(IdExpiryDate.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void refusesNullAndEmpty(String text) {
		assertThat(IdExpiryDate.parse(text)).isEmpty();
	}

	@Test
	void expiredIdGivenInHijriIsBeforeTheSubmissionDate() {
		LocalDate submitted = LocalDate.of(2026, 11, 25);

		assertThat(IdExpiryDate.parse("1445/03/30")).hasValueSatisfying(expiry -> assertThat(expiry).isBefore(submitted));
	}

	@Test
	void idExpiringInHijriOnTheSubmissionDateIsNotBeforeIt() {
		LocalDate submitted = LocalDate.of(2026, 11, 25);

		assertThat(IdExpiryDate.parse("1448/06/15")).hasValueSatisfying(expiry -> assertThat(expiry).isEqualTo(submitted));
		assertThat(IdExpiryDate.parse("1448/06/16")).hasValueSatisfying(expiry -> assertThat(expiry).isAfter(submitted));
	}

}
