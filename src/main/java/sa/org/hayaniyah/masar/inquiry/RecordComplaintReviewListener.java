package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;

/**
 * On completing "مراجعة الشكوى قبل الإغلاق": no complaint closes without a supervisor's written review.
 */
@Component
class RecordComplaintReviewListener implements TaskListener {

	private final Inquiries inquiries;

	RecordComplaintReviewListener(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public void notify(DelegateTask task) {
		String notes = InquiryAnswerRules.reviewNotes(InquiryVariables.REVIEW_NOTES.get(task));
		inquiries.recordReview(InquiryVariables.INQUIRY_ID.get(task), Actors.of(task), notes);
	}

}
