package sa.org.hayaniyah.masar.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * "إغلاق الطلب لعدم اكتماله": missing information never supplied, or the declaration not signed.
 */
@Component
public class CloseIncompleteRequestDelegate implements JavaDelegate {

	private final SupportRequests supportRequests;

	CloseIncompleteRequestDelegate(SupportRequests supportRequests) {
		this.supportRequests = supportRequests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = "no".equals(JourneyVariables.DECLARATION_SIGNED.get(execution)) ? "DECLARATION_NOT_SIGNED"
				: "MISSING_INFORMATION_NOT_SUPPLIED";
		supportRequests.close(JourneyVariables.SUPPORT_REQUEST_ID.get(execution), RequestStatus.CLOSED_INCOMPLETE, reason);
		JourneyVariables.CLOSURE_REASON.set(execution, reason);
	}

}
