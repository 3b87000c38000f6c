package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiIbanTest {

	private static final String VALID = "SA0380000000608010167519";

	@ParameterizedTest
	@ValueSource(strings = { "SA0380000000608010167519", "sa0380000000608010167519", "SA03 8000 0000 6080 1016 7519",
			"sa03 8000 0000 6080 1016 7519", "Sa03-8000-0000-6080-1016-7519", "SA٠٣٨٠٠٠٠٠٠٠٦٠٨٠١٠١٦٧٥١٩",
			"SA٠٣ ٨٠٠٠ ٠٠٠٠ ٦٠٨٠ ١٠١٦ ٧٥١٩", "SA۰۳۸۰۰۰۰۰۰۰۶۰۸۰۱۰۱۶۷۵۱۹" })
	void normalisesTheFormsPeopleWriteToTwentyFourUpperCaseCharacters(String input) {
		assertThat(SaudiIban.normalise(input)).contains(VALID);
	}

	@Test
	void acceptsAnotherIbanWhoseCheckDigitsAreComputedByMod97() {
		// bank 10, account 000000000000000001: 10000000000000000001 + "SA00" as digits (S=28, A=10) = ...281000;
		// that mod 97 is 89, so the check digits are 98 - 89 = 09
		String iban = "SA" + checkDigits("10", "000000000000000001") + "10000000000000000001";

		assertThat(iban).isEqualTo("SA0910000000000000000001");
		assertThat(SaudiIban.normalise(iban)).contains("SA0910000000000000000001");
		assertThat(SaudiIban.normalise("sa09 1000 0000 0000 0000 0001")).contains("SA0910000000000000000001");
	}

	@Test
	void acceptsAnAccountPartWithLettersWhenTheCheckDigitsMatch() {
		String iban = "SA" + checkDigits("45", "00000000ABC1234567") + "4500000000ABC1234567";

		assertThat(SaudiIban.normalise(iban)).contains(iban);
		assertThat(SaudiIban.normalise(iban.toLowerCase())).contains(iban);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SA0380000000608010167518", "SA0480000000608010167519", "SA0380000000608010167591",
			"SA0910000000000000000002", "SA0010000000000000000001" })
	void refusesAnIbanWhoseMod97CheckFails(String input) {
		assertThat(SaudiIban.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GB82WEST12345698765432", "AE070331234567890123456", "KW81CBKU0000000000001234560101" })
	void refusesValidIbansOfOtherCountries(String input) {
		assertThat(SaudiIban.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SA038000000060801016751", "SA03800000006080101675190", "SA03", "SA" })
	void refusesIbansTooShortOrTooLong(String input) {
		assertThat(SaudiIban.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SAAB80000000608010167519", "SA0380000000608010167519!", "SA03.8000.0000.6080.1016.7519",
			"0380000000608010167519SA" })
	void refusesLettersInTheCheckDigitsAndOtherCharacters(String input) {
		assertThat(SaudiIban.normalise(input)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void refusesNullAndEmpty(String input) {
		assertThat(SaudiIban.normalise(input)).isEmpty();
	}

	/** ISO 13616: move "SA00" to the end, letters to numbers (A=10 … Z=35), check digits are 98 - (number mod 97). */
	private static String checkDigits(String bankCode, String account) {
		StringBuilder numeric = new StringBuilder();
		for (char c : (bankCode + account + "SA00").toCharArray()) {
			numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
		return String.format("%02d", check);
	}

}
