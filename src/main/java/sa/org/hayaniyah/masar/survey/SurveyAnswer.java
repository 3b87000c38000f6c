package sa.org.hayaniyah.masar.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import sa.org.hayaniyah.masar.common.ArabicDigits;
import sa.org.hayaniyah.masar.common.ArabicText;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * A beneficiary's answer: the overall score is required, the four short questions and the comment are optional.
 * Scores run from 1 (very dissatisfied) to 5 (very satisfied).
 */
public record SurveyAnswer(int overall, Integer speed, Integer courtesy, Integer clarity, Integer fairness, String comment) {

	public static SurveyAnswer of(Object overall, Object speed, Object courtesy, Object clarity, Object fairness,
			Object comment) {
		List<Violation> violations = new ArrayList<>();
		Integer o = score("overall", "التقييم العام", overall, true, violations);
		Integer s = score("speed", "سرعة الخدمة", speed, false, violations);
		Integer c = score("courtesy", "حسن التعامل", courtesy, false, violations);
		Integer l = score("clarity", "وضوح الإجراءات", clarity, false, violations);
		Integer f = score("fairness", "عدالة القرار", fairness, false, violations);
		String text = EdgeChecks.text("comment", "الملاحظات", comment, 2000, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new SurveyAnswer(o, s, c, l, f, text);
	}

	/**
	 * Why this answer needs a supervisor to call the beneficiary back: a low overall score, or a comment that
	 * complains (any configured word, however its alef, yaa, tashkeel and tatweel are written); empty when it does not.
	 */
	public Optional<String> recoveryReason(int lowScore, List<String> complaintWords) {
		if (overall <= lowScore) {
			return Optional.of("LOW_SCORE");
		}
		String text = comment == null ? "" : plain(comment);
		return complaintWords.stream().map(SurveyAnswer::plain).anyMatch(w -> !w.isBlank() && text.contains(w))
				? Optional.of("COMPLAINT") : Optional.empty();
	}

	/** Folded like names are: "تاخير" typed without hamza still matches "تأخير". */
	private static String plain(String text) {
		return ArabicText.fold(text).toLowerCase(Locale.ROOT);
	}

	private static Integer score(String field, String arabicName, Object value, boolean required, List<Violation> violations) {
		String text = FormValues.text(value);
		if (text == null) {
			if (required) {
				violations.add(new Violation(field, arabicName + " مطلوب: اختر من 1 إلى 5", field + " is required, 1 to 5"));
			}
			return null;
		}
		String digits = ArabicDigits.toAscii(text);
		if (digits.matches("[1-5](\\.0+)?")) {
			return digits.charAt(0) - '0';
		}
		violations.add(new Violation(field, arabicName + " يكون من 1 إلى 5", field + " must be a whole number from 1 to 5"));
		return null;
	}

}
