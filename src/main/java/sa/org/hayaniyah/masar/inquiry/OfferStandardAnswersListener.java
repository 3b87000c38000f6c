package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.FormOptions;
import sa.org.hayaniyah.masar.common.FormValues;

/**
 * When an answer task is created: the library's answers become the options of the form's "standard answer" select,
 * as they are at that moment: the inquiry's kind first, then the other kinds' answers, labelled with their kind.
 */
@Component
class OfferStandardAnswersListener implements TaskListener {

	private final StandardAnswers standardAnswers;

	OfferStandardAnswersListener(StandardAnswers standardAnswers) {
		this.standardAnswers = standardAnswers;
	}

	@Override
	public void notify(DelegateTask task) {
		InquiryKind kind = FormValues.enumValue(InquiryKind.class, InquiryVariables.INQUIRY_KIND.get(task));
		InquiryVariables.STANDARD_ANSWER_OPTIONS.setLocal(task, FormOptions.of(standardAnswers.options(kind)));
	}

}
