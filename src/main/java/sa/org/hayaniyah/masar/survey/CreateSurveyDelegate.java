package sa.org.hayaniyah.masar.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.notification.PublicLinks;

/**
 * "إنشاء استبيان الرضا": records the survey for what the beneficiary went through and the link they receive.
 */
@Component
public class CreateSurveyDelegate implements JavaDelegate {

	private final Surveys surveys;

	private final PublicLinks links;

	CreateSurveyDelegate(Surveys surveys, PublicLinks links) {
		this.surveys = surveys;
		this.links = links;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String subject = (String) execution.getVariable("surveySubject");
		Object supportType = execution.getVariable("supportType");
		Survey survey = surveys.create(subject, supportType == null ? "INQUIRY" : supportType.toString(),
				(String) execution.getVariable("channel"), execution.getProcessBusinessKey(),
				(Long) execution.getVariable("supportRequestId"), (Long) execution.getVariable("inquiryId"),
				execution.getProcessInstanceId());
		execution.setVariable("surveyId", survey.id());
		execution.setVariable("surveyLink", links.to("/survey.html?t=" + survey.token()));
	}

}
