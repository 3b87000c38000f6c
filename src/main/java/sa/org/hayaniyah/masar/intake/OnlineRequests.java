package sa.org.hayaniyah.masar.intake;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Starts the journey for an online channel (C3, C5, C7) through the process's message start event: the JSON API and
 * the website portal (issue 23) both come here once their input is checked.
 */
@Service
public class OnlineRequests {

	static final String START_MESSAGE = "OnlineSupportRequest";

	private final RuntimeService runtimeService;

	private final SupportRequests supportRequests;

	OnlineRequests(RuntimeService runtimeService, SupportRequests supportRequests) {
		this.runtimeService = runtimeService;
		this.supportRequests = supportRequests;
	}

	/** The request opened, with its reference and committee deadline (R5). */
	public Started start(Map<String, Object> variables) {
		ProcessInstance instance = runtimeService.createMessageCorrelation(START_MESSAGE)
			.setVariables(variables)
			.correlateStartMessage();
		String reference = JourneyVariables.REFERENCE_NUMBER.get(runtimeService, instance.getId());
		return new Started(supportRequests.findByReference(reference).orElseThrow(), instance.getId());
	}

	public record Started(SupportRequest request, String processInstanceId) {
	}

}
