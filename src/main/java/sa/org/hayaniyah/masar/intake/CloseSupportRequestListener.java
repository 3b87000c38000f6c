package sa.org.hayaniyah.masar.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * End-event listener that closes the request with the outcome named in the BPMN ({@code outcome} field).
 * Prototype scope: the engine injects the field into the instance it uses.
 * <p>
 * Public: the engine injects the diagram's {@code camunda:field} values through its setters by reflection.
 */
@Component
@Scope("prototype")
public class CloseSupportRequestListener implements ExecutionListener {

	private final SupportRequests supportRequests;

	private Expression outcome;

	CloseSupportRequestListener(SupportRequests supportRequests) {
		this.supportRequests = supportRequests;
	}

	public void setOutcome(Expression outcome) {
		this.outcome = outcome;
	}

	@Override
	public void notify(DelegateExecution execution) {
		RequestStatus status = RequestStatus.valueOf((String) outcome.getValue(execution));
		supportRequests.close(JourneyVariables.SUPPORT_REQUEST_ID.get(execution), status, status.name());
	}

}
