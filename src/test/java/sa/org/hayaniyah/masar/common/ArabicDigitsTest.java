package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicDigitsTest {

	@Test
	void convertsEveryArabicIndicDigitToItsAsciiDigit() {
		assertThat(ArabicDigits.toAscii("١٢٣٤٥٦٧٨٩٠")).isEqualTo("1234567890");
	}

	@Test
	void convertsEveryEasternArabicIndicDigitToItsAsciiDigit() {
		// U+06F0–U+06F9, the Persian/Urdu forms: ۴ ۵ ۶ look different from ٤ ٥ ٦
		assertThat(ArabicDigits.toAscii("۱۲۳۴۵۶۷۸۹۰")).isEqualTo("1234567890");
	}

	@ParameterizedTest
	@CsvSource({ "۱۲۳, 123", "٠٥١٢٣٤٥٦٧٨, 0512345678", "١٤٤٨/٠٦/١٥, 1448/06/15", "١٢3۴, 1234" })
	void convertsNumbersTypedWithEitherArabicDigitSet(String input, String expected) {
		assertThat(ArabicDigits.toAscii(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "'رقم ٥', 'رقم 5'", "'هاتف: +٩٦٦ ٥١', 'هاتف: +966 51'", "'SA٠٣ ٨٠٠٠', 'SA03 8000'" })
	void keepsLettersSpacesAndPunctuationAroundTheDigits(String input, String expected) {
		assertThat(ArabicDigits.toAscii(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "abc", "محمد", "", "  " })
	void leavesTextWithoutArabicDigitsUnchanged(String input) {
		assertThat(ArabicDigits.toAscii(input)).isEqualTo(input);
	}

	@Test
	void returnsNullForNull() {
		assertThat(ArabicDigits.toAscii(null)).isNull();
	}

}
