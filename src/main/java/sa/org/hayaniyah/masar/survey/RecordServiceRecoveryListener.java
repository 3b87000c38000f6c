package sa.org.hayaniyah.masar.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * On completing "معالجة ملاحظة المستفيد": the supervisor records whether they called the beneficiary back and what
 * was done; without that the case does not close.
 */
@Component
public class RecordServiceRecoveryListener implements TaskListener {

	private final Surveys surveys;

	RecordServiceRecoveryListener(Surveys surveys) {
		this.surveys = surveys;
	}

	@Override
	public void notify(DelegateTask task) {
		String action = FormValues.text(SurveyVariables.RECOVERY_ACTION.get(task));
		if (action == null || action.length() < 5 || action.length() > 4000) {
			throw InvalidInputException.of("recoveryAction",
					"اكتب ما تم مع المستفيد لمعالجة ملاحظته", "recoveryAction is required (5 to 4000 characters)");
		}
		surveys.closeRecovery(SurveyVariables.SURVEY_ID.get(task), Actors.of(task),
				FormValues.flag(SurveyVariables.CALLED_BACK.get(task)), action);
	}

}
