package sa.org.hayaniyah.masar.outreach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "إقفال المتابعة": the follow-up is done, with what was done; a completed follow-up counts as contact with the family.
 */
@Component
class CompleteFollowUpDelegate implements JavaDelegate {

	private final OutreachFollowUps followUps;

	CompleteFollowUpDelegate(OutreachFollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String outcome = OutreachVariables.FOLLOW_UP_OUTCOME.get(execution);
		String by = OutreachVariables.VISITED_BY.get(execution);
		followUps.complete(OutreachVariables.FOLLOW_UP_ID.get(execution),
				outcome != null ? outcome : "أُبلغت الأسرة: " + OutreachVariables.FOLLOW_UP_REASON_TEXT.get(execution),
				by != null ? by : "outreach", OutreachVariables.RENEWAL_REFERENCE.get(execution));
	}

}
