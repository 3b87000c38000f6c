package sa.org.hayaniyah.masar.notification;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.CaseVariables;


/**
 * Every send task: queues the template named by the task's {@code template} field, to the applicant (or the person
 * who asked) through the channel {@link NotificationRouting} picks; to a staff group instead when the task names
 * one in {@code toGroup}, or for {@code committee-reminder}, to the committee. Prototype scope: the engine injects
 * the fields into the instance it uses.
 * <p>
 * A template that tells the beneficiary their file number ({@code decision-APPROVED}) gets it even though the
 * journey notifies the decision before "استكمال تسجيل المستفيد": registering is idempotent per national ID, so the
 * file is opened here and the registration step that follows finds the same number.
 */
@Component
@Scope("prototype")
public class SendNotificationDelegate implements JavaDelegate {

	private final Notifications notifications;

	private final String committeeGroup;

	private final NotificationProperties properties;

	private Expression template;

	private Expression toGroup;

	SendNotificationDelegate(Notifications notifications, @Value("${masar.committee.group}") String committeeGroup,
			NotificationProperties properties) {
		this.notifications = notifications;
		this.committeeGroup = committeeGroup;
		this.properties = properties;
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	public void setToGroup(Expression toGroup) {
		this.toGroup = toGroup;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String name = (String) template.getValue(execution);
		String key = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
		String group = toGroup != null ? (String) toGroup.getValue(execution)
				: name.startsWith("committee-reminder") ? committeeGroup : null;
		NotificationRouting.Route route = group != null ? new NotificationRouting.Route("INTERNAL", "group:" + group)
				: NotificationRouting.route(CaseVariables.PREFERRED_CHANNEL.get(execution),
						CaseVariables.CHANNEL.get(execution), CaseVariables.APPLICANT_NAME.get(execution),
						CaseVariables.MOBILE.get(execution), CaseVariables.EMAIL.get(execution), properties.fallbackOrder());
		// the case's reference: a request's or an inquiry's (the business key), or a family's file number in outreach
		String reference = CaseVariables.REFERENCE_NUMBER.get(execution);
		Long requestId = CaseVariables.SUPPORT_REQUEST_ID.get(execution);
		Map<String, Object> values = execution.getVariables();
		notifications.enqueue(requestId, reference != null ? reference : execution.getProcessBusinessKey(), key,
				name, route.channel(), route.recipient(), values);
	}

}
