package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "Hayaniyah#2026-Masar", "طويلة-وقوية-Aa1!x", "Zq8!pL2@vN5#" })
	void strongPasswordsAreAccepted(String password) {
		assertThat(PasswordRules.problems("chief", password)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "masar-demo, default", "Masar-Demo-2026!, default", "Admin#2026xyz, default", "Short1!a, 12 characters",
			"alllowercase#2026, upper and lower", "NoDigitsHere#Now, digit", "NoSymbols2026Abc, symbol",
			"Chief#2026-Strong, user id" })
	void weakOrDefaultPasswordsAreRefusedWithTheReason(String password, String reason) {
		assertThat(PasswordRules.problems("chief", password)).anyMatch(problem -> problem.contains(reason));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void noPasswordIsRefused(String password) {
		assertThat(PasswordRules.problems("chief", password)).containsExactly("no password given");
	}

}
