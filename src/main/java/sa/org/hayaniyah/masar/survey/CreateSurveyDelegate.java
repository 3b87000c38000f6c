package sa.org.hayaniyah.masar.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.notification.PublicLinks;

/**
 * "إنشاء استبيان الرضا": records the survey for what the beneficiary went through and the link they receive.
 */
@Component
class CreateSurveyDelegate implements JavaDelegate {

	private final Surveys surveys;

	private final PublicLinks links;

	CreateSurveyDelegate(Surveys surveys, PublicLinks links) {
		this.surveys = surveys;
		this.links = links;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String subject = SurveyVariables.SURVEY_SUBJECT.get(execution);
		Object supportType = SurveyVariables.SUPPORT_TYPE.get(execution);
		Survey survey = surveys.create(subject, supportType == null ? "INQUIRY" : supportType.toString(),
				SurveyVariables.CHANNEL.get(execution), execution.getProcessBusinessKey(),
				SurveyVariables.SUPPORT_REQUEST_ID.get(execution), SurveyVariables.INQUIRY_ID.get(execution),
				execution.getProcessInstanceId());
		SurveyVariables.SURVEY_ID.set(execution, survey.id());
		SurveyVariables.SURVEY_LINK.set(execution, links.to("/survey.html?t=" + survey.token()));
	}

}
