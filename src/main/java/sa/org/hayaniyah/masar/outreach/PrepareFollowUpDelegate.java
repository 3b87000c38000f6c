package sa.org.hayaniyah.masar.outreach;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.DualCalendar;

/**
 * "تحضير المتابعة": puts one follow-up's family and reason into its branch, for the message, the visit form or the
 * renewal request. Local to the branch: every family of the run has its own.
 */
@Component
public class PrepareFollowUpDelegate implements JavaDelegate {

	private final OutreachFollowUps followUps;

	PrepareFollowUpDelegate(OutreachFollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OutreachFollowUps.FollowUp followUp = followUps.get((Long) execution.getVariable("followUpId"));
		execution.setVariableLocal("followUpAction", followUp.reason().action().name());
		execution.setVariableLocal("followUpTemplate", followUp.reason().template());
		execution.setVariableLocal("followUpReasonText", followUp.reason().arabic());
		execution.setVariableLocal("applicantName", followUp.fullName());
		execution.setVariableLocal("mobile", followUp.mobile());
		execution.setVariableLocal("fileNumber", followUp.fileNumber());
		execution.setVariableLocal("referenceNumber", followUp.fileNumber());
		execution.setVariableLocal("supportRequestId", followUp.requestId());
		execution.setVariableLocal("requestReference", followUp.requestReference());
		execution.setVariableLocal("visitLocation", followUp.location());
		// declared here, the visit form's answers land in this family's scope rather than in the run shared by every
		// family, so retention removes them with the family's other variables
		execution.setVariableLocal("visitDate", null);
		execution.setVariableLocal("visitFindings", null);
		if (followUp.reason() == Reason.ID_EXPIRING) {
			execution.setVariableLocal("idExpiryText", DualCalendar.both(LocalDate.parse(followUp.reasonKey())));
		}
	}

}
