package sa.org.hayaniyah.masar.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaPropertiesTest {

	private static final Duration COMMITTEE_REMINDER = Duration.ofDays(10);

	private static final Duration COMMITTEE_DEADLINE = Duration.ofDays(14);

	private static final Duration MINIMUM_VOTING_WINDOW = Duration.ofDays(2);

	private static final Duration MISSING_INFORMATION_REMINDER = Duration.ofDays(3);

	private static final Duration MISSING_INFORMATION_DEADLINE = Duration.ofDays(10);

	private static final Duration SERVICE_DELIVERY = Duration.ofDays(7);

	private static final Duration APOLOGY_EXTENSION = Duration.ofDays(7);

	@Test
	void acceptsTheApplicationDefaults() {
		SlaProperties sla = new SlaProperties(COMMITTEE_REMINDER, COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
				MISSING_INFORMATION_REMINDER, MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION);

		assertThat(sla.committeeDeadline()).isEqualTo(Duration.parse("P14D"));
		assertThat(sla.committeeReminder()).isEqualTo(Duration.parse("P10D"));
		assertThat(sla.serviceDelivery()).isEqualTo(Duration.parse("P7D"));
	}

	@Test
	void acceptsShortPeriodsForDemonstrations() {
		SlaProperties sla = new SlaProperties(Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(1),
				Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(10));

		assertThat(sla.committeeDeadline()).isEqualTo(Duration.ofMinutes(5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P1D" })
	void requiresAPositiveCommitteeReminder(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(duration(value), COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
					MISSING_INFORMATION_REMINDER, MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.committee-reminder");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P14D" })
	void requiresAPositiveCommitteeDeadline(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(COMMITTEE_REMINDER, duration(value), MINIMUM_VOTING_WINDOW,
					MISSING_INFORMATION_REMINDER, MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.committee-deadline");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P2D" })
	void requiresAPositiveMinimumVotingWindow(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(COMMITTEE_REMINDER, COMMITTEE_DEADLINE, duration(value),
					MISSING_INFORMATION_REMINDER, MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.minimum-voting-window");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P3D" })
	void requiresAPositiveMissingInformationReminder(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(COMMITTEE_REMINDER, COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
					duration(value), MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.missing-information-reminder");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P10D" })
	void requiresAPositiveMissingInformationDeadline(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(COMMITTEE_REMINDER, COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
					MISSING_INFORMATION_REMINDER, duration(value), SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.missing-information-deadline");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P7D" })
	void requiresAPositiveServiceDelivery(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(COMMITTEE_REMINDER, COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
					MISSING_INFORMATION_REMINDER, MISSING_INFORMATION_DEADLINE, duration(value), APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.service-delivery");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P14D", "P15D" })
	void committeeReminderMustComeBeforeTheDeadline(String reminder) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(Duration.parse(reminder), COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
					MISSING_INFORMATION_REMINDER, MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.committee-reminder")
			.withMessageContaining("masar.sla.committee-deadline");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P10D", "P11D" })
	void missingInformationReminderMustComeBeforeTheDeadline(String reminder) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaProperties(COMMITTEE_REMINDER, COMMITTEE_DEADLINE, MINIMUM_VOTING_WINDOW,
					Duration.parse(reminder), MISSING_INFORMATION_DEADLINE, SERVICE_DELIVERY, APOLOGY_EXTENSION))
			.withMessageContaining("masar.sla.missing-information-reminder")
			.withMessageContaining("masar.sla.missing-information-deadline");
	}

	private static Duration duration(String value) {
		return "null".equals(value) ? null : Duration.parse(value);
	}

}
