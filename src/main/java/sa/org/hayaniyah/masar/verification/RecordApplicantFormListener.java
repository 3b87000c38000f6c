package sa.org.hayaniyah.masar.verification;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.referral.ReferralReasons;

/**
 * On completing a task with the support request form: remembers who entered the data and checked the documents,
 * because verification itself runs later as a job, without a logged-in user; and records a referral to social
 * research with its reason.
 */
@Component
public class RecordApplicantFormListener implements TaskListener {

	private final ReferralReasons referralReasons;

	RecordApplicantFormListener(ReferralReasons referralReasons) {
		this.referralReasons = referralReasons;
	}

	@Override
	public void notify(DelegateTask task) {
		// at the edge: a value no column can hold is the user's mistake, answered at its field (400 through engine REST)
		List<Violation> violations = ApplicantFormRules.violations(task.getVariables());
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		JourneyVariables.APPLICANT_DATA_RECORDED_BY.set(task, Actors.of(task));
		if ("Task_ReceiveBeneficiary".equals(task.getTaskDefinitionKey())
				&& JourneyVariables.CLARIFICATION_NEEDED.get(task, false)) {
			// R3, O8: every referral to a social research officer says why the procedure was unclear
			referralReasons.record(JourneyVariables.SUPPORT_REQUEST_ID.get(task), null,
					JourneyVariables.CLARIFICATION_REASON.get(task), "clarificationReason", Actors.of(task));
		}
	}

}
