package sa.org.hayaniyah.masar.inquiry;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.DualCalendar;

/**
 * "تسجيل الاستفسار": checks and records the inquiry, gives it a reference (the business key) and its answer deadline.
 */
@Component
public class RegisterInquiryDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(RegisterInquiryDelegate.class);

	private final Inquiries inquiries;

	private final Clock clock;

	RegisterInquiryDelegate(Inquiries inquiries, Clock clock) {
		this.inquiries = inquiries;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		EdgeChecks.requireCleanVariables(execution.getVariables());
		NewInquiry checked = InquiryValidation.check(execution.getVariable("channel"), execution.getVariable("inquiryKind"),
				execution.getVariable("question"), execution.getVariable("personName"), execution.getVariable("nationalId"),
				execution.getVariable("mobile"), execution.getVariable("email"), execution.getVariable("preferredChannel"),
				execution.getVariable("requestReference"), (String) execution.getVariable("receivedBy"));
		Inquiry inquiry = inquiries.open(checked, execution.getProcessInstanceId());
		execution.setProcessBusinessKey(inquiry.referenceNumber());
		execution.setVariable("inquiryId", inquiry.id());
		execution.setVariable("referenceNumber", inquiry.referenceNumber());
		execution.setVariable("inquiryKind", inquiry.kind().name());
		execution.setVariable("inquiryKindText", inquiry.kind().arabic());
		execution.setVariable("isComplaint", inquiry.kind() == InquiryKind.COMPLAINT);
		// the notification capability addresses people by these names
		execution.setVariable("applicantName", inquiry.personName());
		execution.setVariable("mobile", inquiry.mobile());
		execution.setVariable("email", inquiry.email());
		execution.setVariable("answerDueAt", Date.from(inquiry.dueAt()));
		execution.setVariable("answerDueText", DualCalendar.both(inquiry.dueAt().atZone(clock.getZone()).toLocalDate()));
		log.info("Inquiry {} ({}) received through channel {}", inquiry.referenceNumber(), inquiry.kind(), inquiry.channel());
	}

}
