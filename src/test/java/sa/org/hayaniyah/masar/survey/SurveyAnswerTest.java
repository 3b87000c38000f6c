package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

class SurveyAnswerTest {

	private static final int LOW_SCORE = 2;

	private static final List<String> COMPLAINT_WORDS = List.of("شكوى", "تأخير");

	private static InvalidInputException refused(Object overall, Object speed, Object comment) {
		InvalidInputException refused = catchThrowableOfType(() -> SurveyAnswer.of(overall, speed, null, null, null, comment),
				InvalidInputException.class);
		assertThat(refused).as("answer should have been refused").isNotNull();
		return refused;
	}

	private static void assertSingleViolation(InvalidInputException refused, String field, String arabicWords) {
		assertThat(refused.violations()).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo(field);
			assertThat(v.arabic()).isNotBlank().contains(arabicWords);
		});
	}

	private static SurveyAnswer answer(int overall, String comment) {
		return SurveyAnswer.of(overall, null, null, null, null, comment);
	}

	@Test
	void acceptsAFullAnswer() {
		SurveyAnswer answer = SurveyAnswer.of(5, "4", 3L, "2.0", "١", "  شكراً لكم  ");

		assertThat(answer).isEqualTo(new SurveyAnswer(5, 4, 3, 2, 1, "شكراً لكم"));
	}

	@Test
	void theShortQuestionsAndTheCommentAreOptional() {
		SurveyAnswer answer = SurveyAnswer.of("3", null, "", " ", null, null);

		assertThat(answer).isEqualTo(new SurveyAnswer(3, null, null, null, null, null));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void acceptsEveryWholeScoreFromOneToFive(int score) {
		assertThat(SurveyAnswer.of(score, score, score, score, score, null)).isEqualTo(
				new SurveyAnswer(score, score, score, score, score, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "4", " 4 ", "4.0", "4.00", "٤", "۴" })
	void readsAScoreAsFormsAndPeopleWriteIt(String overall) {
		assertThat(SurveyAnswer.of(overall, null, null, null, null, null).overall()).isEqualTo(4);
	}

	@Test
	void readsAnArabicIndicFive() {
		assertThat(SurveyAnswer.of("٥", null, null, null, null, null).overall()).isEqualTo(5);
	}

	@Test
	void readsADecimalWholeNumber() {
		assertThat(SurveyAnswer.of(4.0d, null, null, null, null, null).overall()).isEqualTo(4);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void refusesAMissingOverallScore(String overall) {
		assertSingleViolation(refused(overall, null, null), "overall", "التقييم العام مطلوب");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6", "3.5", "abc", "-1", "10", "05", "٦" })
	void refusesAnOverallScoreOutsideOneToFive(String overall) {
		assertSingleViolation(refused(overall, null, null), "overall", "التقييم العام يكون من 1 إلى 5");
	}

	@Test
	void refusesANumericScoreOutsideOneToFive() {
		assertSingleViolation(refused(0, null, null), "overall", "التقييم العام");
		assertSingleViolation(refused(6, null, null), "overall", "التقييم العام");
		assertSingleViolation(refused(3.5d, null, null), "overall", "التقييم العام");
	}

	@Test
	void refusesAnOptionalScoreOutsideOneToFive() {
		assertSingleViolation(refused(4, "7", null), "speed", "سرعة الخدمة");
	}

	@Test
	void acceptsACommentOf2000Characters() {
		assertThat(answer(4, "ر".repeat(2000)).comment()).hasSize(2000);
	}

	@Test
	void refusesACommentLongerThan2000Characters() {
		assertSingleViolation(refused(4, null, "ر".repeat(2001)), "comment", "الملاحظات");
	}

	@Test
	void reportsEveryInvalidScoreAtOnce() {
		InvalidInputException refused = catchThrowableOfType(() -> SurveyAnswer.of(null, "0", "6", "abc", "3.5",
				"ر".repeat(2001)), InvalidInputException.class);

		assertThat(refused.violations()).extracting(Violation::field)
			.containsExactly("overall", "speed", "courtesy", "clarity", "fairness", "comment");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void aLowOverallScoreNeedsRecovery(int overall) {
		assertThat(answer(overall, null).recoveryReason(LOW_SCORE, COMPLAINT_WORDS)).contains("LOW_SCORE");
	}

	@Test
	void aLowScoreWinsOverAComplaint() {
		assertThat(answer(1, "عندي شكوى").recoveryReason(LOW_SCORE, COMPLAINT_WORDS)).contains("LOW_SCORE");
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 4, 5 })
	void aScoreAboveTheLowScoreWithoutComplaintNeedsNoRecovery(int overall) {
		assertThat(answer(overall, "الخدمة ممتازة").recoveryReason(LOW_SCORE, COMPLAINT_WORDS)).isEmpty();
	}

	@Test
	void anAnswerWithoutCommentNeedsNoRecovery() {
		assertThat(answer(3, null).recoveryReason(LOW_SCORE, COMPLAINT_WORDS)).isEmpty();
	}

	@Test
	void aComplaintInTheCommentNeedsRecoveryWhateverTheScore() {
		assertThat(answer(5, "عندي شكوى من التأخير").recoveryReason(LOW_SCORE, COMPLAINT_WORDS)).contains("COMPLAINT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "عندي شَكْوَى", "عندي شكـوى", "عندي شـكـــوى", "حصل تَأْخِيـر في الصرف" })
	void findsAComplaintWordWrittenWithTashkeelOrTatweel(String comment) {
		assertThat(answer(4, comment).recoveryReason(LOW_SCORE, COMPLAINT_WORDS)).contains("COMPLAINT");
	}

	@Test
	void findsAComplaintWordConfiguredWithTashkeel() {
		assertThat(answer(4, "عندي شكوى").recoveryReason(LOW_SCORE, List.of("شَكْوَى"))).contains("COMPLAINT");
	}

	@Test
	void ignoresCaseInLatinComplaintWords() {
		assertThat(answer(4, "A COMPLAINT about the delay").recoveryReason(LOW_SCORE, List.of("complaint")))
			.contains("COMPLAINT");
	}

	@Test
	void ignoresBlankComplaintWords() {
		assertThat(answer(4, "الخدمة ممتازة").recoveryReason(LOW_SCORE, List.of("", "   ", "\u064E\u0640")))
			.isEmpty();
	}

}
