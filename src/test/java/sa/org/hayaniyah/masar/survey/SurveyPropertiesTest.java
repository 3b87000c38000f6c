package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyPropertiesTest {

	private static final Duration REMINDER_AFTER = Duration.ofDays(3);

	private static final Duration CLOSE_AFTER = Duration.ofDays(14);

	private static final List<String> COMPLAINT_WORDS = List.of("شكوى", "تأخير");

	@Test
	void acceptsTheApplicationDefaults() {
		SurveyProperties survey = new SurveyProperties(REMINDER_AFTER, CLOSE_AFTER, 2, COMPLAINT_WORDS);

		assertThat(survey.reminderAfter()).isEqualTo(Duration.parse("P3D"));
		assertThat(survey.closeAfter()).isEqualTo(Duration.parse("P14D"));
		assertThat(survey.lowScore()).isEqualTo(2);
		assertThat(survey.complaintWords()).containsExactly("شكوى", "تأخير");
	}

	@Test
	void withoutComplaintWordsTheListIsEmpty() {
		assertThat(new SurveyProperties(REMINDER_AFTER, CLOSE_AFTER, 2, null).complaintWords()).isEmpty();
	}

	@Test
	void keepsItsOwnCopyOfTheComplaintWords() {
		List<String> words = new ArrayList<>(COMPLAINT_WORDS);
		SurveyProperties survey = new SurveyProperties(REMINDER_AFTER, CLOSE_AFTER, 2, words);

		words.add("سيء");

		assertThat(survey.complaintWords()).containsExactly("شكوى", "تأخير");
		assertThatThrownBy(() -> survey.complaintWords().add("سيء")).isInstanceOf(UnsupportedOperationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P3D" })
	void requiresAPositiveReminder(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SurveyProperties(duration(value), CLOSE_AFTER, 2, COMPLAINT_WORDS))
			.withMessageContaining("masar.survey.reminder-after");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "PT0S", "-P14D" })
	void requiresAPositiveCloseAfter(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SurveyProperties(REMINDER_AFTER, duration(value), 2, COMPLAINT_WORDS))
			.withMessageContaining("masar.survey.close-after");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P14D", "P15D" })
	void theReminderMustComeBeforeTheSurveyCloses(String reminder) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SurveyProperties(Duration.parse(reminder), CLOSE_AFTER, 2, COMPLAINT_WORDS))
			.withMessage("masar.survey.reminder-after must come before masar.survey.close-after");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 4 })
	void acceptsALowScoreFromOneToFour(int lowScore) {
		assertThat(new SurveyProperties(REMINDER_AFTER, CLOSE_AFTER, lowScore, COMPLAINT_WORDS).lowScore())
			.isEqualTo(lowScore);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0, 5 })
	void refusesALowScoreOutsideOneToFour(int lowScore) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SurveyProperties(REMINDER_AFTER, CLOSE_AFTER, lowScore, COMPLAINT_WORDS))
			.withMessageContaining("masar.survey.low-score");
	}

	private static Duration duration(String value) {
		return "null".equals(value) ? null : Duration.parse(value);
	}

}
