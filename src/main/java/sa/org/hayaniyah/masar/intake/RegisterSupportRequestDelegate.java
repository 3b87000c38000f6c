package sa.org.hayaniyah.masar.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.sla.SlaProperties;

/**
 * "تسجيل طلب الدعم": gives the request its reference number (the business key) and records the channel.
 */
@Component
public class RegisterSupportRequestDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(RegisterSupportRequestDelegate.class);

	private final SupportRequests supportRequests;

	private final IntakeValidation validation;

	private final SlaProperties sla;

	private final Clock clock;

	private final String consentPurpose;

	RegisterSupportRequestDelegate(SupportRequests supportRequests, IntakeValidation validation, SlaProperties sla,
			Clock clock, @Value("${masar.privacy.purpose}") String consentPurpose) {
		this.supportRequests = supportRequests;
		this.validation = validation;
		this.sla = sla;
		this.clock = clock;
		this.consentPurpose = consentPurpose;
	}

	@Override
	public void execute(DelegateExecution execution) {
		EdgeChecks.requireCleanVariables(execution.getVariables());
		validation.requireConsent(execution.getVariable("consentGiven"));
		NewSupportRequest request = validation.newRequest(execution.getVariable("channel"), execution.getVariable("nationalId"),
				execution.getVariable("applicantName"), execution.getVariable("mobile"), execution.getVariable("supportType"),
				(String) execution.getVariable("receivedBy"));
		SupportRequest opened = supportRequests.open(request, execution.getProcessInstanceId());
		supportRequests.recordConsent(opened.id(), consentPurpose);
		execution.setProcessBusinessKey(opened.referenceNumber());
		supportRequests.possibleDuplicateOf(opened.id())
			.ifPresent(other -> execution.setVariable("verificationSummary", "• طلب آخر مفتوح لرقم الهوية نفسه (" + other
					+ "): تحقق مع المتقدم أنه الشخص نفسه، واستكمل أحد الطلبين وأغلق الآخر"));
		execution.setVariable("supportRequestId", opened.id());
		execution.setVariable("referenceNumber", opened.referenceNumber());
		execution.setVariable("nationalId", request.nationalId());
		execution.setVariable("mobile", request.mobile());
		ApplicantNameParts.split(request.applicantName()).forEach(execution::setVariable);
		execution.setVariable("submittedAt", Date.from(opened.submittedAt()));
		execution.setVariable("committeeDeadline", Date.from(opened.committeeDeadline()));
		execution.setVariable("committeeReminderAt", Date.from(opened.submittedAt().plus(sla.committeeReminder())));
		LocalDate deadlineDay = opened.committeeDeadline().atZone(clock.getZone()).toLocalDate();
		execution.setVariable("committeeDeadlineText", DualCalendar.both(deadlineDay));
		// the vote form counts the days left from this, each time a member opens it (R5)
		execution.setVariable("committeeDeadlineDay", deadlineDay.toString());
		log.info("Support request {} opened through channel {}", opened.referenceNumber(), opened.channel());
	}

}
