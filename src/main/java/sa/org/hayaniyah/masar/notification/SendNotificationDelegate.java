package sa.org.hayaniyah.masar.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Every send task of the journey: queues the template named by the task's {@code template} field. Messages about the
 * request go to the applicant's mobile; {@code committee-*} templates go to the committee group.
 * Prototype scope: the engine injects the field into the instance it uses.
 */
@Component
@Scope("prototype")
public class SendNotificationDelegate implements JavaDelegate {

	private final Notifications notifications;

	private final String committeeGroup;

	private Expression template;

	SendNotificationDelegate(Notifications notifications, @Value("${masar.committee.group}") String committeeGroup) {
		this.notifications = notifications;
		this.committeeGroup = committeeGroup;
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String name = (String) template.getValue(execution);
		boolean toCommittee = name.startsWith("committee-reminder");
		String key = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
		notifications.enqueue((Long) execution.getVariable("supportRequestId"), key, name, toCommittee ? "INTERNAL" : "SMS",
				toCommittee ? "group:" + committeeGroup : (String) execution.getVariable("mobile"), execution.getVariables());
	}

}
