package sa.org.hayaniyah.masar.sla;

import static sa.org.hayaniyah.masar.common.Periods.requireBefore;
import static sa.org.hayaniyah.masar.common.Periods.requirePositive;

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
 * @param apologyExtension the new date promised in the apology when the deadline is missed, counted from then (R5)
 */
@ConfigurationProperties("masar.sla")
public record SlaProperties(Duration committeeReminder, Duration committeeDeadline, Duration minimumVotingWindow,
		Duration missingInformationReminder, Duration missingInformationDeadline, Duration serviceDelivery,
		Duration apologyExtension) {

	public SlaProperties {
		requirePositive(committeeReminder, "masar.sla.committee-reminder");
		requirePositive(committeeDeadline, "masar.sla.committee-deadline");
		requirePositive(minimumVotingWindow, "masar.sla.minimum-voting-window");
		requirePositive(missingInformationReminder, "masar.sla.missing-information-reminder");
		requirePositive(missingInformationDeadline, "masar.sla.missing-information-deadline");
		requirePositive(serviceDelivery, "masar.sla.service-delivery");
		requirePositive(apologyExtension, "masar.sla.apology-extension");
		requireBefore(committeeReminder, committeeDeadline, "masar.sla.committee-reminder", "masar.sla.committee-deadline");
		requireBefore(missingInformationReminder, missingInformationDeadline, "masar.sla.missing-information-reminder",
				"masar.sla.missing-information-deadline");
	}

}
