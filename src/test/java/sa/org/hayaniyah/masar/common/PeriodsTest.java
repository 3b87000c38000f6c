package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {

	private static final String PROPERTY = "masar.survey.close-after";

	@ParameterizedTest
	@ValueSource(strings = { "P14D", "PT1M", "PT0.001S" })
	void acceptsAPositiveDuration(String value) {
		Duration period = Duration.parse(value);

		assertThat(Periods.requirePositive(period, PROPERTY)).isSameAs(period);
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P1D", "-PT0.001S" })
	void refusesAMissingZeroOrNegativeDurationNamingTheProperty(String value) {
		Duration period = "null".equals(value) ? null : Duration.parse(value);

		assertThatIllegalArgumentException().isThrownBy(() -> Periods.requirePositive(period, PROPERTY))
			.withMessageStartingWith(PROPERTY)
			.withMessageContaining("P14D");
	}

	@Test
	void acceptsAnEarlierPeriodBeforeALaterOne() {
		assertThatNoException()
			.isThrownBy(() -> Periods.requireBefore(Duration.ofDays(3), Duration.ofDays(14), "reminder", "deadline"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P14D", "P15D" })
	void refusesAnEarlierPeriodThatIsNotBeforeTheLaterOne(String earlier) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Periods.requireBefore(Duration.parse(earlier), Duration.ofDays(14),
					"masar.survey.reminder-after", PROPERTY))
			.withMessage("masar.survey.reminder-after must come before " + PROPERTY);
	}

}
