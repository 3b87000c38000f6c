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
class PrepareFollowUpDelegate implements JavaDelegate {

	private final OutreachFollowUps followUps;

	PrepareFollowUpDelegate(OutreachFollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OutreachFollowUps.FollowUp followUp = followUps.get(OutreachVariables.FOLLOW_UP_ID.get(execution));
		OutreachVariables.FOLLOW_UP_ACTION.setLocal(execution, followUp.reason().action().name());
		OutreachVariables.FOLLOW_UP_TEMPLATE.setLocal(execution, followUp.reason().template());
		OutreachVariables.FOLLOW_UP_REASON_TEXT.setLocal(execution, followUp.reason().arabic());
		OutreachVariables.APPLICANT_NAME.setLocal(execution, followUp.fullName());
		OutreachVariables.MOBILE.setLocal(execution, followUp.mobile());
		OutreachVariables.FILE_NUMBER.setLocal(execution, followUp.fileNumber());
		OutreachVariables.REFERENCE_NUMBER.setLocal(execution, followUp.fileNumber());
		OutreachVariables.SUPPORT_REQUEST_ID.setLocal(execution, followUp.requestId());
		OutreachVariables.REQUEST_REFERENCE.setLocal(execution, followUp.requestReference());
		OutreachVariables.VISIT_LOCATION.setLocal(execution, followUp.location());
		// declared here, the visit form's answers land in this family's scope rather than in the run shared by every
		// family, so retention removes them with the family's other variables
		OutreachVariables.VISIT_DATE.setLocal(execution, null);
		OutreachVariables.VISIT_FINDINGS.setLocal(execution, null);
		if (followUp.reason() == Reason.ID_EXPIRING) {
			OutreachVariables.ID_EXPIRY_TEXT.setLocal(execution, DualCalendar.both(LocalDate.parse(followUp.reasonKey())));
		}
	}

}
