package sa.org.hayaniyah.masar.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.FormOptions;

/**
 * When a task that may refer to social research is created: the active referral reasons become its form's options.
 */
@Component
public class OfferReferralReasonsListener implements TaskListener {

	private final ReferralReasons reasons;

	OfferReferralReasonsListener(ReferralReasons reasons) {
		this.reasons = reasons;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariableLocal("referralReasonOptions", FormOptions.of(reasons.options()));
	}

}
