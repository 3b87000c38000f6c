package sa.org.hayaniyah.masar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InquiryAnswerRulesTest {

	@Test
	void onlyAProcedureQuestionIsReferredToSocialResearch() {
		InquiryAnswerRules.requireReferable(InquiryKind.PROCEDURE);
		assertThatThrownBy(() -> InquiryAnswerRules.requireReferable(InquiryKind.COMPLAINT))
			.hasMessageContaining("referToResearch");
	}

	@Test
	void aWrittenAnswerWinsOverTheLibrarysAndEitherHasFiveTo4000Characters() {
		assertThat(InquiryAnswerRules.answer(" نعم، يمكنكم التقديم عبر الموقع ", "جواب المكتبة"))
			.isEqualTo("نعم، يمكنكم التقديم عبر الموقع");
		assertThat(InquiryAnswerRules.answer(null, "جواب المكتبة")).isEqualTo("جواب المكتبة");
		assertThatThrownBy(() -> InquiryAnswerRules.answer("نعم", null)).hasMessageContaining("answer");
		assertThatThrownBy(() -> InquiryAnswerRules.answer("ر".repeat(4001), null)).hasMessageContaining("4000");
	}

	@Test
	void aPickedLibraryAnswerIsItsId() {
		assertThat(InquiryAnswerRules.standardAnswerId("12")).isEqualTo(12L);
		assertThat(InquiryAnswerRules.standardAnswerId(" ")).isNull();
		assertThatThrownBy(() -> InquiryAnswerRules.standardAnswerId("first")).hasMessageContaining("standardAnswerId");
	}

	@Test
	void theLibrarysQuestionAndTheComplaintReviewAreRequired() {
		assertThatThrownBy(() -> InquiryAnswerRules.libraryQuestion(null)).hasMessageContaining("libraryQuestion");
		assertThat(InquiryAnswerRules.libraryQuestion("كيف أقدّم؟")).isEqualTo("كيف أقدّم؟");
		assertThatThrownBy(() -> InquiryAnswerRules.reviewNotes("تم")).hasMessageContaining("reviewNotes");
	}

}
