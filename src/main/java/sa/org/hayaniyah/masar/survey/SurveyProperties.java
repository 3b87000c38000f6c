package sa.org.hayaniyah.masar.survey;

import static sa.org.hayaniyah.masar.common.Periods.requireBefore;
import static sa.org.hayaniyah.masar.common.Periods.requirePositive;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * From {@code masar.survey}. The survey link is built from {@code masar.public-base-url}; the invitation's delay
 * is {@code masar.notification.delays.survey-invitation}.
 *
 * @param reminderAfter the reminder to a beneficiary who has not answered, counted from the invitation
 * @param closeAfter the survey closes as "no answer" this long after the invitation
 * @param lowScore an overall score at or below this opens a service-recovery task
 * @param complaintWords words that mark a comment as a complaint, which also opens service recovery
 */
@ConfigurationProperties("masar.survey")
record SurveyProperties(Duration reminderAfter, Duration closeAfter, int lowScore, List<String> complaintWords) {

	public SurveyProperties {
		requirePositive(reminderAfter, "masar.survey.reminder-after");
		requirePositive(closeAfter, "masar.survey.close-after");
		requireBefore(reminderAfter, closeAfter, "masar.survey.reminder-after", "masar.survey.close-after");
		if (lowScore < 1 || lowScore > 4) {
			throw new IllegalArgumentException("masar.survey.low-score must be between 1 and 4");
		}
		complaintWords = complaintWords == null ? List.of() : List.copyOf(complaintWords);
	}

}
