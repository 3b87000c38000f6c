package sa.org.hayaniyah.masar.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Every send task of the journey: queues the template named by the task's {@code template} field, to the applicant
 * through the channel {@link NotificationRouting} picks, or, for {@code committee-reminder}, to the committee group.
 * Prototype scope: the engine injects the field into the instance it uses.
 */
@Component
@Scope("prototype")
public class SendNotificationDelegate implements JavaDelegate {

	private final Notifications notifications;

	private final String committeeGroup;

	private final NotificationProperties properties;

	private Expression template;

	SendNotificationDelegate(Notifications notifications, @Value("${masar.committee.group}") String committeeGroup,
			NotificationProperties properties) {
		this.notifications = notifications;
		this.committeeGroup = committeeGroup;
		this.properties = properties;
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

	@Override
	public void execute(DelegateExecution execution) {
		String name = (String) template.getValue(execution);
		String key = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
		NotificationRouting.Route route = name.startsWith("committee-reminder")
				? new NotificationRouting.Route("INTERNAL", "group:" + committeeGroup)
				: NotificationRouting.route(text(execution, "preferredChannel"), text(execution, "channel"),
						text(execution, "applicantName"), text(execution, "mobile"), text(execution, "email"),
						properties.fallbackOrder());
		notifications.enqueue((Long) execution.getVariable("supportRequestId"), execution.getProcessBusinessKey(), key, name,
				route.channel(), route.recipient(), execution.getVariables());
	}

}
