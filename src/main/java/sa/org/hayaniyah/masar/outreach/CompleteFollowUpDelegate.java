package sa.org.hayaniyah.masar.outreach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "إقفال المتابعة": the follow-up is done, with what was done; a completed follow-up counts as contact with the family.
 */
@Component
public class CompleteFollowUpDelegate implements JavaDelegate {

	private final OutreachFollowUps followUps;

	CompleteFollowUpDelegate(OutreachFollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object outcome = execution.getVariable("followUpOutcome");
		Object by = execution.getVariable("visitedBy");
		followUps.complete((Long) execution.getVariable("followUpId"),
				outcome != null ? outcome.toString() : "أُبلغت الأسرة: " + execution.getVariable("followUpReasonText"),
				by != null ? by.toString() : "outreach", (String) execution.getVariable("renewalReference"));
	}

}
