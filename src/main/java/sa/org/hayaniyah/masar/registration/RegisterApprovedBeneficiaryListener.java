package sa.org.hayaniyah.masar.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * Start of "إبلاغ المتقدم بالقرار" (R6): an approved applicant's file number is opened before the decision is sent, so
 * the approval message carries it; "استكمال تسجيل المستفيد" then finds the same file (registration is idempotent per
 * national ID). Other outcomes open nothing.
 */
@Component
public class RegisterApprovedBeneficiaryListener implements ExecutionListener {

	private final BeneficiaryRegistry registry;

	private final SupportRequests supportRequests;

	RegisterApprovedBeneficiaryListener(BeneficiaryRegistry registry, SupportRequests supportRequests) {
		this.registry = registry;
		this.supportRequests = supportRequests;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if ("APPROVED".equals(JourneyVariables.COMMITTEE_OUTCOME.get(execution))) {
			var request = supportRequests.get(JourneyVariables.SUPPORT_REQUEST_ID.get(execution));
			JourneyVariables.FILE_NUMBER.set(execution, registry.register(request).fileNumber());
		}
	}

}
