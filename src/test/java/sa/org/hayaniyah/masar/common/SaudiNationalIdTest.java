package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiNationalIdTest {

	@ParameterizedTest
	@ValueSource(strings = { "1000000008", "2000000006", "1000000016", "1234567897" })
	void acceptsTenDigitsStartingWithOneOrTwoWithCorrectCheckDigit(String id) {
		assertThat(SaudiNationalId.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000009", "1000000000", "2000000008", "1234567890" })
	void refusesWrongCheckDigit(String id) {
		assertThat(SaudiNationalId.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "100000008", "10000000080", "1", "12345678901234" })
	void refusesAnythingButTenDigits(String id) {
		assertThat(SaudiNationalId.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "3000000004", "0000000000", "9000000008" })
	void refusesIdsNotStartingWithOneOrTwo(String id) {
		// 3000000004 has a correct check digit: only its first digit is wrong
		assertThat(SaudiNationalId.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "10000000O8", "A000000008", "1000 00008", "100000000-8", " 1000000008" })
	void refusesLettersSpacesAndPunctuation(String id) {
		assertThat(SaudiNationalId.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void refusesNullAndEmpty(String id) {
		assertThat(SaudiNationalId.isValid(id)).isFalse();
	}

	@Test
	void refusesArabicIndicDigitsEvenWhenTheNumberIsValid() {
		// ١٠٠٠٠٠٠٠٠٨ is 1000000008 written with Arabic-Indic digits: callers must convert it first
		assertThat(SaudiNationalId.isValid("١٠٠٠٠٠٠٠٠٨")).isFalse();
		assertThat(SaudiNationalId.isValid("1000000008")).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "١٠٠٠٠٠٠٠٠٨, 1000000008", "۱۰۰۰۰۰۰۰۰۸, 1000000008", "٢٠٠٠٠٠٠٠٠٦, 2000000006",
			"1000000008, 1000000008", "2000000006, 2000000006" })
	void normaliseReadsArabicIndicDigitsAsAsciiForNationalIdsAndIqamas(String input, String expected) {
		assertThat(SaudiNationalId.normalise(input)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000 000 008", "1000-000-008", "١٠٠٠ ٠٠٠ ٠٠٨", "١٠٠٠-٠٠٠-٠٠٨" })
	void normaliseRemovesSpacesAndDashes(String input) {
		assertThat(SaudiNationalId.normalise(input)).contains("1000000008");
	}

	@ParameterizedTest
	@ValueSource(strings = { "١٠٠٠٠٠٠٠٠٩", "٢٠٠٠٠٠٠٠٠٨", "1000000009" })
	void normaliseRefusesAWrongCheckDigitWhateverDigitsItIsTypedWith(String input) {
		assertThat(SaudiNationalId.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "100000008", "١٠٠٠٠٠٠٠٨", "10000000080", "", "   ", "3000000004", "10000000O8" })
	void normaliseRefusesWhatIsNotATenDigitIdStartingWithOneOrTwo(String input) {
		assertThat(SaudiNationalId.normalise(input)).isEmpty();
	}

	@Test
	void normaliseRefusesNull() {
		assertThat(SaudiNationalId.normalise(null)).isEmpty();
	}

}
