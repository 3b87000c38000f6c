package sa.org.hayaniyah.masar.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "إغلاق الاستبيان دون إجابة": the beneficiary did not answer within the period; the survey counts as sent, unanswered.
 */
@Component
class CloseUnansweredSurveyDelegate implements JavaDelegate {

	private final Surveys surveys;

	CloseUnansweredSurveyDelegate(Surveys surveys) {
		this.surveys = surveys;
	}

	@Override
	public void execute(DelegateExecution execution) {
		surveys.closeUnanswered(SurveyVariables.SURVEY_ID.get(execution));
	}

}
