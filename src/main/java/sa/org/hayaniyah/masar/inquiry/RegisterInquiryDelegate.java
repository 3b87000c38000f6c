package sa.org.hayaniyah.masar.inquiry;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.EdgeChecks;

/**
 * "تسجيل الاستفسار": checks and records the inquiry, gives it a reference (the business key) and its answer deadline.
 */
@Component
class RegisterInquiryDelegate implements JavaDelegate {

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
		NewInquiry checked = InquiryValidation.check(InquiryVariables.CHANNEL.raw(execution),
				InquiryVariables.INQUIRY_KIND.raw(execution), InquiryVariables.QUESTION.raw(execution),
				InquiryVariables.PERSON_NAME.raw(execution), InquiryVariables.NATIONAL_ID.raw(execution),
				InquiryVariables.MOBILE.raw(execution), InquiryVariables.EMAIL.raw(execution),
				InquiryVariables.PREFERRED_CHANNEL.raw(execution), InquiryVariables.REQUEST_REFERENCE.raw(execution),
				InquiryVariables.RECEIVED_BY.get(execution));
		Inquiry inquiry = inquiries.open(checked, execution.getProcessInstanceId());
		execution.setProcessBusinessKey(inquiry.referenceNumber());
		InquiryVariables.INQUIRY_ID.set(execution, inquiry.id());
		InquiryVariables.REFERENCE_NUMBER.set(execution, inquiry.referenceNumber());
		InquiryVariables.INQUIRY_KIND.set(execution, inquiry.kind().name());
		InquiryVariables.INQUIRY_KIND_TEXT.set(execution, inquiry.kind().arabic());
		InquiryVariables.IS_COMPLAINT.set(execution, inquiry.kind() == InquiryKind.COMPLAINT);
		// the notification capability addresses people by these names
		InquiryVariables.APPLICANT_NAME.set(execution, inquiry.personName());
		InquiryVariables.MOBILE.set(execution, inquiry.mobile());
		InquiryVariables.EMAIL.set(execution, inquiry.email());
		InquiryVariables.ANSWER_DUE_AT.set(execution, Date.from(inquiry.dueAt()));
		InquiryVariables.ANSWER_DUE_TEXT.set(execution,
				DualCalendar.both(inquiry.dueAt().atZone(clock.getZone()).toLocalDate()));
		log.info("Inquiry {} ({}) received through channel {}", inquiry.referenceNumber(), inquiry.kind(), inquiry.channel());
	}

}
