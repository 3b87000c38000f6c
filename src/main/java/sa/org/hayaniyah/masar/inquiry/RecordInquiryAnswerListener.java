package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.referral.ReferralReasons;

/**
 * On completing "الرد على الاستفسار" or "الإجابة عن سؤال الإجراءات": records the answer, written or picked from the
 * library, and adds it to the library when asked. Reception may instead refer a procedure question to social
 * research (R3).
 */
@Component
public class RecordInquiryAnswerListener implements TaskListener {

	static final String RECEPTION_TASK = "Task_AnswerInquiry";

	private final Inquiries inquiries;

	private final StandardAnswers standardAnswers;

	private final ReferralReasons referralReasons;

	RecordInquiryAnswerListener(Inquiries inquiries, StandardAnswers standardAnswers, ReferralReasons referralReasons) {
		this.inquiries = inquiries;
		this.standardAnswers = standardAnswers;
		this.referralReasons = referralReasons;
	}

	@Override
	public void notify(DelegateTask task) {
		long inquiryId = InquiryVariables.INQUIRY_ID.get(task);
		InquiryKind kind = FormValues.enumValue(InquiryKind.class, InquiryVariables.INQUIRY_KIND.get(task));
		boolean refer = RECEPTION_TASK.equals(task.getTaskDefinitionKey()) && InquiryVariables.REFER_TO_RESEARCH.get(task, false);
		if (refer) {
			if (kind != InquiryKind.PROCEDURE) {
				throw InvalidInputException.of("referToResearch", "الإحالة إلى الباحث الاجتماعي لأسئلة الإجراءات فقط",
						"only procedure questions are referred to social research");
			}
			referralReasons.record(null, inquiryId, InquiryVariables.REFERRAL_REASON.get(task), "referralReason", Actors.of(task));
			inquiries.routeToSocialResearch(inquiryId);
			InquiryVariables.REFER_TO_RESEARCH.set(task, true);
			return;
		}
		InquiryVariables.REFER_TO_RESEARCH.set(task, false);
		String answer = FormValues.text(InquiryVariables.ANSWER.get(task));
		Long standardAnswerId = standardAnswerId(InquiryVariables.STANDARD_ANSWER_ID.get(task));
		if (standardAnswerId != null) {
			StandardAnswers.StandardAnswer chosen = standardAnswers.use(standardAnswerId)
				.orElseThrow(() -> InvalidInputException.of("standardAnswerId",
						"الإجابة الجاهزة المختارة لم تعد متاحة، اختر غيرها أو اكتب الرد", "the chosen standard answer is not available"));
			answer = answer == null ? chosen.answer() : answer;
		}
		if (answer == null || answer.length() < 5) {
			throw InvalidInputException.of("answer", "اكتب الرد على الاستفسار أو اختر إجابة جاهزة من المكتبة",
					"an answer is required: written, or a standard answer from the library");
		}
		if (answer.length() > 4000) {
			throw InvalidInputException.of("answer", "الرد أطول من 4000 حرف", "the answer is longer than 4000 characters");
		}
		String by = Actors.of(task);
		if (FormValues.flag(InquiryVariables.SAVE_TO_LIBRARY.get(task))) {
			String question = FormValues.text(InquiryVariables.LIBRARY_QUESTION.get(task));
			if (question == null || question.length() > 500) {
				throw InvalidInputException.of("libraryQuestion", "اكتب السؤال كما يُحفظ في مكتبة الإجابات (حتى 500 حرف)",
						"libraryQuestion is required (up to 500 characters) to save the answer to the library");
			}
			standardAnswers.add(kind, question, answer, by);
		}
		inquiries.recordAnswer(inquiryId, answer, standardAnswerId, by);
		InquiryVariables.ANSWER.set(task, answer);
	}

	private static Long standardAnswerId(Object value) {
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

}
