package sa.org.hayaniyah.masar.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.FormOptions;
import sa.org.hayaniyah.masar.common.JourneyVariables;

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
		JourneyVariables.REFERRAL_REASON_OPTIONS.setLocal(task, FormOptions.of(reasons.options()));
	}

}
