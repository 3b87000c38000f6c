package sa.org.hayaniyah.masar.survey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating "معالجة ملاحظة المستفيد": the reason in words is the task's own variable, for the supervisor's form,
 * so the survey's state keeps only the reason's code ({@code recoveryReason}).
 */
@Component
class PrepareServiceRecoveryListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		SurveyVariables.RECOVERY_REASON_TEXT.setLocal(task,
				ServiceRecoveryRules.reasonText(SurveyVariables.RECOVERY_REASON.get(task)));
	}

}
