package sa.org.hayaniyah.masar.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * "استكمال تسجيل المستفيد" (R6): the approved applicant gets (or keeps) a beneficiary file number.
 */
@Component
public class CompleteBeneficiaryRegistrationDelegate implements JavaDelegate {

	private final BeneficiaryRegistry registry;

	private final SupportRequests supportRequests;

	CompleteBeneficiaryRegistrationDelegate(BeneficiaryRegistry registry, SupportRequests supportRequests) {
		this.registry = registry;
		this.supportRequests = supportRequests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var request = supportRequests.get(JourneyVariables.SUPPORT_REQUEST_ID.get(execution));
		JourneyVariables.FILE_NUMBER.set(execution, registry.register(request).fileNumber());
	}

}
