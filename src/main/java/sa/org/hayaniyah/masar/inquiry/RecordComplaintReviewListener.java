package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * On completing "مراجعة الشكوى قبل الإغلاق": no complaint closes without a supervisor's written review.
 */
@Component
public class RecordComplaintReviewListener implements TaskListener {

	private final Inquiries inquiries;

	RecordComplaintReviewListener(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public void notify(DelegateTask task) {
		String notes = FormValues.text(InquiryVariables.REVIEW_NOTES.get(task));
		if (notes == null || notes.length() < 5 || notes.length() > 4000) {
			throw InvalidInputException.of("reviewNotes",
					"اكتب نتيجة مراجعة الشكوى وما اتُّخذ بشأنها قبل الإغلاق", "reviewNotes are required (5 to 4000 characters)");
		}
		inquiries.recordReview(InquiryVariables.INQUIRY_ID.get(task), Actors.of(task), notes);
	}

}
