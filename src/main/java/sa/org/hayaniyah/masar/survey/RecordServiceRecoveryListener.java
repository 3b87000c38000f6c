package sa.org.hayaniyah.masar.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.survey.ServiceRecoveryRules.Form;
import sa.org.hayaniyah.masar.survey.ServiceRecoveryRules.Recovery;

/**
 * On completing "معالجة ملاحظة المستفيد": the supervisor records whether they called the beneficiary back and what
 * was done ({@link ServiceRecoveryRules}); without that the case does not close.
 */
@Component
class RecordServiceRecoveryListener implements TaskListener {

	private final Surveys surveys;

	RecordServiceRecoveryListener(Surveys surveys) {
		this.surveys = surveys;
	}

	@Override
	public void notify(DelegateTask task) {
		Recovery recovery = ServiceRecoveryRules.check(new Form(SurveyVariables.RECOVERY_ACTION.get(task),
				SurveyVariables.CALLED_BACK.get(task)));
		surveys.closeRecovery(SurveyVariables.SURVEY_ID.get(task), Actors.of(task), recovery.calledBack(), recovery.action());
	}

}
