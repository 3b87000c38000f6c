package sa.org.hayaniyah.masar.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The journey's periods (ISO-8601, from {@code masar.sla} in application.yaml): the BPMN timers read them here.
 *
 * @param committeeReminder reminder to the committee, counted from submission (R5)
 * @param committeeDeadline the committee's answer deadline, counted from submission (R5: two weeks)
 * @param minimumVotingWindow the least time members get to vote when research ran late
 * @param missingInformationReminder reminder to an applicant who still owes information
 * @param missingInformationDeadline after this the request is closed as incomplete
 * @param serviceDelivery due period of the delivery task once a request is approved
 */
@ConfigurationProperties("masar.sla")
public record SlaProperties(Duration committeeReminder, Duration committeeDeadline, Duration minimumVotingWindow,
		Duration missingInformationReminder, Duration missingInformationDeadline, Duration serviceDelivery) {

	public SlaProperties {
		require(committeeReminder, "committee-reminder");
		require(committeeDeadline, "committee-deadline");
		require(minimumVotingWindow, "minimum-voting-window");
		require(missingInformationReminder, "missing-information-reminder");
		require(missingInformationDeadline, "missing-information-deadline");
		require(serviceDelivery, "service-delivery");
		if (committeeReminder.compareTo(committeeDeadline) >= 0) {
			throw new IllegalArgumentException("masar.sla.committee-reminder must come before masar.sla.committee-deadline");
		}
		if (missingInformationReminder.compareTo(missingInformationDeadline) >= 0) {
			throw new IllegalArgumentException(
					"masar.sla.missing-information-reminder must come before masar.sla.missing-information-deadline");
		}
	}

	private static void require(Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("masar.sla." + name + " must be a positive ISO-8601 duration such as P14D");
		}
	}

}
