package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.tasklist.TypedDate.Calendar;

/** A typed date is read in the calendar chosen beside it, year first, or not at all: never guessed. */
class TypedDateTest {

	@Test
	void readsAGregorianDateYearFirstExactlyAsTyped() {
		assertThat(TypedDate.parse("1985-03-15", Calendar.GREGORIAN)).contains(LocalDate.of(1985, 3, 15));
		// day and month never swap: 05 is the month
		assertThat(TypedDate.parse("1985-05-11", Calendar.GREGORIAN)).contains(LocalDate.of(1985, 5, 11));
	}

	@Test
	void readsAHijriDateInUmmAlQura() {
		assertThat(TypedDate.parse("1450-03-12", Calendar.HIJRI)).contains(LocalDate.from(HijrahDate.of(1450, 3, 12)));
	}

	@Test
	void refusesWhatCannotBeReadRatherThanReinterpretingIt() {
		assertThat(TypedDate.parse("15/03/1985", Calendar.GREGORIAN)).as("day first").isEmpty();
		assertThat(TypedDate.parse("1985-02-30", Calendar.GREGORIAN)).as("no such day").isEmpty();
		assertThat(TypedDate.parse("1985-13-01", Calendar.GREGORIAN)).as("no such month").isEmpty();
		assertThat(TypedDate.parse("1450-03-12", Calendar.GREGORIAN)).as("a Hijri year called Gregorian").isEmpty();
		assertThat(TypedDate.parse("2028-09-01", Calendar.HIJRI)).as("a Gregorian year called Hijri").isEmpty();
		assertThat(TypedDate.parse("1985-3-15", Calendar.GREGORIAN)).as("one format: two-digit month").isEmpty();
		assertThat(TypedDate.parse("", Calendar.GREGORIAN)).isEmpty();
		assertThat(TypedDate.parse(null, Calendar.HIJRI)).isEmpty();
		assertThat(TypedDate.parse("1985-03-15'; DROP TABLE x", Calendar.GREGORIAN)).isEmpty();
	}

	@Test
	void theFormsUseTheSamePatternAsTheServer() throws Exception {
		for (String form : new String[] { "applicant-data", "deliver-service", "family-visit", "social-research" }) {
			String json = java.nio.file.Files.readString(java.nio.file.Path.of("forms", form + ".form"));
			assertThat(json).as(form).contains("\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"").doesNotContain("\"datetime\"");
			assertThat(TypedDate.FORMAT.pattern()).isEqualTo("(\\d{4})-(\\d{2})-(\\d{2})");
		}
	}

}
