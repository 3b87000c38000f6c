package sa.org.hayaniyah.masar.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

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

	/** What each committee member sees on their vote (R5): the days left to the two-week deadline, or how late it is. */
	public String daysLeftText(VariableScope scope) {
		Object deadline = scope.getVariable("committeeDeadline");
		if (!(deadline instanceof Date date)) {
			return null;
		}
		long hours = Duration.between(clock.instant(), date.toInstant()).toHours();
		long days = Math.floorDiv(hours + 23, 24);
		if (days > 0) {
			return "متبقٍ " + days + (days == 1 ? " يوم" : days == 2 ? " يومان" : days <= 10 ? " أيام" : " يومًا") + " على موعد الرد";
		}
		return days == 0 ? "ينتهي موعد الرد اليوم" : "انقضى موعد الرد منذ " + (-days) + (days == -1 ? " يوم" : " أيام");
	}

	private Instant due(VariableScope scope) {
		Object deadline = scope.getVariable("committeeDeadline");
		if ("APPROVED".equals(scope.getVariable("committeeOutcome")) || !(deadline instanceof Date)) {
			return clock.instant().plus(sla.serviceDelivery());
		}
		return ((Date) deadline).toInstant();
	}

}
