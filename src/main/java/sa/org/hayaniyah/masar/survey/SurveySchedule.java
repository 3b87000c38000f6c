package sa.org.hayaniyah.masar.survey;

import org.springframework.stereotype.Component;

/**
 * Timer values for {@code satisfaction-survey} ({@code ${surveySchedule...}}), so periods live in configuration.
 */
@Component("surveySchedule")
public class SurveySchedule {

	private final SurveyProperties properties;

	SurveySchedule(SurveyProperties properties) {
		this.properties = properties;
	}

	public String reminderAfter() {
		return properties.reminderAfter().toString();
	}

	public String closeAfter() {
		return properties.closeAfter().toString();
	}

}
