package sa.org.hayaniyah.masar.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "تسجيل تأخر الرد على الاستفسار": the answer deadline passed; the escalation is recorded and counted.
 */
@Component
class EscalateOverdueInquiryDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(EscalateOverdueInquiryDelegate.class);

	private final Inquiries inquiries;

	EscalateOverdueInquiryDelegate(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		inquiries.recordEscalation(InquiryVariables.INQUIRY_ID.get(execution));
		log.warn("Inquiry {} passed its answer deadline and was escalated to supervisors", execution.getProcessBusinessKey());
	}

}
