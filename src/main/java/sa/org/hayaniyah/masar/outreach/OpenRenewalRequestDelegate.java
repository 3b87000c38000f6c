package sa.org.hayaniyah.masar.outreach;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.RenewalRequests;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * "فتح طلب تجديد الدعم": starts a new journey with the family's data on file (O1). A family who opened a request
 * meanwhile keeps that one; the follow-up then records it instead of failing.
 */
@Component
class OpenRenewalRequestDelegate implements JavaDelegate {

	static final String RENEWAL_MESSAGE = "RenewalSupportRequest";

	private static final Logger log = LoggerFactory.getLogger(OpenRenewalRequestDelegate.class);

	private final OutreachFollowUps followUps;

	private final RenewalRequests renewals;

	private final SupportRequests supportRequests;

	OpenRenewalRequestDelegate(OutreachFollowUps followUps, RenewalRequests renewals, SupportRequests supportRequests) {
		this.followUps = followUps;
		this.renewals = renewals;
		this.supportRequests = supportRequests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OutreachFollowUps.FollowUp followUp = followUps.get(OutreachVariables.FOLLOW_UP_ID.get(execution));
		Optional<String> open = supportRequests.openReference(followUp.nationalId());
		String reference;
		if (open.isPresent()) {
			reference = open.get();
			OutreachVariables.FOLLOW_UP_OUTCOME.setLocal(execution,
					"لدى الأسرة طلب مفتوح برقم " + reference + "، فلم يُفتح طلب تجديد");
		}
		else {
			ProcessInstance renewal = execution.getProcessEngineServices()
				.getRuntimeService()
				.createMessageCorrelation(RENEWAL_MESSAGE)
				.setVariables(renewals.startVariables(followUp.requestId()))
				.correlateStartMessage();
			reference = JourneyVariables.REFERENCE_NUMBER.get(execution.getProcessEngineServices().getRuntimeService(),
					renewal.getId());
			OutreachVariables.FOLLOW_UP_OUTCOME.setLocal(execution, "فُتح طلب تجديد برقم " + reference);
			log.info("Outreach opened renewal request {} for file {}", reference, followUp.fileNumber());
		}
		OutreachVariables.RENEWAL_REFERENCE.setLocal(execution, reference);
	}

}
