package sa.org.hayaniyah.masar.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Due date and priority of every user task, derived from the two-week deadline so overdue work stands out.
 */
@Component("taskSchedule")
public class TaskSchedule {

	static final int NORMAL = 50;

	static final int URGENT = 80;

	static final int OVERDUE = 100;

	private final SlaProperties sla;

	private final Clock clock;

	TaskSchedule(SlaProperties sla, Clock clock) {
		this.sla = sla;
		this.clock = clock;
	}

	public Date dueDate(VariableScope scope) {
		return Date.from(due(scope));
	}

	public int priority(VariableScope scope) {
		Duration left = Duration.between(clock.instant(), due(scope));
		if (left.isNegative()) {
			return OVERDUE;
		}
		return left.compareTo(Duration.ofDays(3)) <= 0 ? URGENT : NORMAL;
	}

	private Instant due(VariableScope scope) {
		Date deadline = JourneyVariables.COMMITTEE_DEADLINE.get(scope);
		if ("APPROVED".equals(JourneyVariables.COMMITTEE_OUTCOME.get(scope)) || deadline == null) {
			return clock.instant().plus(sla.serviceDelivery());
		}
		return deadline.toInstant();
	}

}
