package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

	@ParameterizedTest
	@CsvSource({
			"0512345612,    05******12",
			"1000000008,    10******08",
			"2000000006,    20******06",
			"12345678,      12****78",
			"'  0512345612 ', 05******12" })
	void keepsTheFirstTwoAndLastTwoCharacters(String value, String masked) {
		assertThat(PersonalData.mask(value)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({
			"+966512345612, +966*******12",
			"+966551234567, +966*******67" })
	void keepsTheInternationalPrefixOfE164Numbers(String value, String masked) {
		assertThat(PersonalData.mask(value)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({
			"a,    *",
			"ab,   **",
			"abcd, ****",
			"12345, *****",
			"1234567, *******",
			"+1234, *****",
			"+12345678, *********" })
	void masksShortValuesCompletely(String value, String masked) {
		assertThat(PersonalData.mask(value)).isEqualTo(masked);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t", "   " })
	void writesADashForMissingValues(String value) {
		assertThat(PersonalData.mask(value)).isEqualTo("-");
	}

}
