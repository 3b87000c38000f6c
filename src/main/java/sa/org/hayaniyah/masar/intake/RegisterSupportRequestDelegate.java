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
import sa.org.hayaniyah.masar.common.JourneyVariables;
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
		validation.requireConsent(JourneyVariables.CONSENT_GIVEN.raw(execution));
		NewSupportRequest request = validation.newRequest(JourneyVariables.CHANNEL.raw(execution),
				JourneyVariables.NATIONAL_ID.raw(execution), JourneyVariables.APPLICANT_NAME.raw(execution),
				JourneyVariables.MOBILE.raw(execution), JourneyVariables.SUPPORT_TYPE.raw(execution),
				JourneyVariables.RECEIVED_BY.get(execution));
		SupportRequest opened = supportRequests.open(request, execution.getProcessInstanceId());
		supportRequests.recordConsent(opened.id(), consentPurpose);
		execution.setProcessBusinessKey(opened.referenceNumber());
		supportRequests.possibleDuplicateOf(opened.id())
			.ifPresent(other -> JourneyVariables.VERIFICATION_SUMMARY.set(execution, "• طلب آخر مفتوح لرقم الهوية نفسه (" + other
					+ "): تحقق مع المتقدم أنه الشخص نفسه، واستكمل أحد الطلبين وأغلق الآخر"));
		JourneyVariables.SUPPORT_REQUEST_ID.set(execution, opened.id());
		JourneyVariables.REFERENCE_NUMBER.set(execution, opened.referenceNumber());
		JourneyVariables.NATIONAL_ID.set(execution, request.nationalId());
		JourneyVariables.MOBILE.set(execution, request.mobile());
		ApplicantNameParts.split(request.applicantName()).forEach(execution::setVariable);
		JourneyVariables.SUBMITTED_AT.set(execution, Date.from(opened.submittedAt()));
		JourneyVariables.COMMITTEE_DEADLINE.set(execution, Date.from(opened.committeeDeadline()));
		JourneyVariables.COMMITTEE_REMINDER_AT.set(execution, Date.from(opened.submittedAt().plus(sla.committeeReminder())));
		LocalDate deadlineDay = opened.committeeDeadline().atZone(clock.getZone()).toLocalDate();
		JourneyVariables.COMMITTEE_DEADLINE_TEXT.set(execution, DualCalendar.both(deadlineDay));
		// the vote form counts the days left from this, each time a member opens it (R5)
		JourneyVariables.COMMITTEE_DEADLINE_DAY.set(execution, deadlineDay.toString());
		log.info("Support request {} opened through channel {}", opened.referenceNumber(), opened.channel());
	}

}
