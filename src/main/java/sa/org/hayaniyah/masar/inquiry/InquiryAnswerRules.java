package sa.org.hayaniyah.masar.inquiry;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * The answer forms' rules: only a procedure question is referred to social research (R3); an answer is written or
 * picked from the library, 5 to 4,000 characters; an answer saved to the library says its question; a complaint
 * closes only with the supervisor's written review.
 */
final class InquiryAnswerRules {

	private InquiryAnswerRules() {
	}

	static void requireReferable(InquiryKind kind) {
		if (kind != InquiryKind.PROCEDURE) {
			throw InvalidInputException.of("referToResearch", "الإحالة إلى الباحث الاجتماعي لأسئلة الإجراءات فقط",
					"only procedure questions are referred to social research");
		}
	}

	/** The library answer picked in the form's list, if any. */
	static Long standardAnswerId(Object value) {
		String text = FormValues.text(value);
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("standardAnswerId", "الإجابة الجاهزة المختارة غير معروفة",
					"standardAnswerId must be a library id");
		}
	}

	/** The written answer, else the library's; either way 5 to 4,000 characters. */
	static String answer(Object written, String fromLibrary) {
		String answer = FormValues.text(written);
		answer = answer == null ? fromLibrary : answer;
		if (answer == null || answer.length() < 5) {
			throw InvalidInputException.of("answer", "اكتب الرد على الاستفسار أو اختر إجابة جاهزة من المكتبة",
					"an answer is required: written, or a standard answer from the library");
		}
		if (answer.length() > 4000) {
			throw InvalidInputException.of("answer", "الرد أطول من 4000 حرف", "the answer is longer than 4000 characters");
		}
		return answer;
	}

	static String libraryQuestion(Object value) {
		String question = FormValues.text(value);
		if (question == null || question.length() > 500) {
			throw InvalidInputException.of("libraryQuestion", "اكتب السؤال كما يُحفظ في مكتبة الإجابات (حتى 500 حرف)",
					"libraryQuestion is required (up to 500 characters) to save the answer to the library");
		}
		return question;
	}

	static String reviewNotes(Object value) {
		String notes = FormValues.text(value);
		if (notes == null || notes.length() < 5 || notes.length() > 4000) {
			throw InvalidInputException.of("reviewNotes",
					"اكتب نتيجة مراجعة الشكوى وما اتُّخذ بشأنها قبل الإغلاق", "reviewNotes are required (5 to 4000 characters)");
		}
		return notes;
	}

}
