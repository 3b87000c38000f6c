package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "إغلاق الاستفسار": closes the record and tells the process whether the answer came within its deadline.
 */
@Component
public class CloseInquiryDelegate implements JavaDelegate {

	private final Inquiries inquiries;

	CloseInquiryDelegate(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = (Long) execution.getVariable("inquiryId");
		inquiries.close(id);
		execution.setVariable("answeredInTime", inquiries.get(id).answeredInTime());
	}

}
