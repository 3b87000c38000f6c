package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "إغلاق الاستفسار": closes the record and tells the process whether the answer came within its deadline.
 */
@Component
class CloseInquiryDelegate implements JavaDelegate {

	private final Inquiries inquiries;

	CloseInquiryDelegate(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = InquiryVariables.INQUIRY_ID.get(execution);
		inquiries.close(id);
		InquiryVariables.ANSWERED_IN_TIME.set(execution, inquiries.get(id).answeredInTime());
	}

}
