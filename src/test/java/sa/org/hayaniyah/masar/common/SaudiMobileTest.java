package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiMobileTest {

	@ParameterizedTest
	@ValueSource(strings = { "0512345678", "512345678", "+966512345678", "00966512345678", "966512345678",
			"051 234 5678", "051-234-5678", "+966 51 234 5678", "00966-51-234-5678", "  0512345678  ",
			"٠٥١٢٣٤٥٦٧٨", "+٩٦٦٥١٢٣٤٥٦٧٨", "۰۵۱۲۳۴۵۶۷۸", "٠٥١ ٢٣٤ ٥٦٧٨", "٠٥١-٢٣٤-٥٦٧٨" })
	void normalisesTheFormsPeopleWriteToE164(String input) {
		assertThat(SaudiMobile.normalise(input)).contains("+966512345678");
	}

	@Test
	void keepsEveryDigitOfTheNumber() {
		assertThat(SaudiMobile.normalise("0551234567")).contains("+966551234567");
		assertThat(SaudiMobile.normalise("0598765432")).contains("+966598765432");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112345678", "+966112345678", "0412345678", "112345678" })
	void refusesLandlines(String input) {
		assertThat(SaudiMobile.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "051234567", "05123456789", "+96651234567", "+9665123456789", "05", "5" })
	void refusesNumbersTooShortOrTooLong(String input) {
		assertThat(SaudiMobile.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "05123a5678", "O512345678", "0512345678x", "05.1234.5678", "(051)2345678" })
	void refusesLettersAndOtherCharacters(String input) {
		assertThat(SaudiMobile.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "05+12345678", "966+512345678", "+966+512345678", "0512345678+" })
	void refusesAPlusSignAnywhereButAtTheStart(String input) {
		assertThat(SaudiMobile.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", " - " })
	void refusesEmptyInput(String input) {
		assertThat(SaudiMobile.normalise(input)).isEmpty();
	}

	@Test
	void refusesNull() {
		assertThat(SaudiMobile.normalise(null)).isEmpty();
	}

}
