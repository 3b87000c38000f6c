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
class RecordInquiryAnswerListener implements TaskListener {

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
		boolean refer = RECEPTION_TASK.equals(task.getTaskDefinitionKey())
				&& InquiryVariables.REFER_TO_RESEARCH.get(task, false);
		if (refer) {
			InquiryAnswerRules.requireReferable(kind);
			referralReasons.record(null, inquiryId, InquiryVariables.REFERRAL_REASON.get(task), "referralReason",
					Actors.of(task));
			inquiries.routeToSocialResearch(inquiryId);
			InquiryVariables.REFER_TO_RESEARCH.set(task, true);
			return;
		}
		InquiryVariables.REFER_TO_RESEARCH.set(task, false);
		Long standardAnswerId = InquiryAnswerRules.standardAnswerId(InquiryVariables.STANDARD_ANSWER_ID.get(task));
		String fromLibrary = standardAnswerId == null ? null : standardAnswers.use(standardAnswerId)
			.orElseThrow(() -> InvalidInputException.of("standardAnswerId",
					"الإجابة الجاهزة المختارة لم تعد متاحة، اختر غيرها أو اكتب الرد", "the chosen standard answer is not available"))
			.answer();
		String answer = InquiryAnswerRules.answer(InquiryVariables.ANSWER.get(task), fromLibrary);
		String by = Actors.of(task);
		if (FormValues.flag(InquiryVariables.SAVE_TO_LIBRARY.get(task))) {
			standardAnswers.add(kind, InquiryAnswerRules.libraryQuestion(InquiryVariables.LIBRARY_QUESTION.get(task)), answer,
					by);
		}
		inquiries.recordAnswer(inquiryId, answer, standardAnswerId, by);
		InquiryVariables.ANSWER.set(task, answer);
	}

}
