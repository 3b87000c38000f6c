package sa.org.hayaniyah.masar.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Timer values for the BPMN ({@code ${slaSchedule...}}), so periods live in configuration, not in the diagram.
 */
@Component("slaSchedule")
public class SlaSchedule {

	private final SlaProperties sla;

	private final Clock clock;

	SlaSchedule(SlaProperties sla, Clock clock) {
		this.sla = sla;
		this.clock = clock;
	}

	public String missingInformationReminder() {
		return sla.missingInformationReminder().toString();
	}

	public String missingInformationDeadline() {
		return sla.missingInformationDeadline().toString();
	}

	/** The committee deadline, but never less than the minimum voting window from now. */
	public Date votingDeadline(VariableScope scope) {
		Instant deadline = JourneyVariables.COMMITTEE_DEADLINE.get(scope).toInstant();
		Instant earliest = clock.instant().plus(sla.minimumVotingWindow());
		return Date.from(deadline.isBefore(earliest) ? earliest : deadline);
	}

}
