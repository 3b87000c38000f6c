package sa.org.hayaniyah.masar.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * "تسجيل تجاوز المهلة": the two-week promise was not kept; the breach is counted, with the new date the applicant is
 * promised in the apology that follows ({@code masar.sla.apology-extension} from now).
 */
@Component
public class RecordSlaBreachDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(RecordSlaBreachDelegate.class);

	private final SlaBreaches breaches;

	private final SlaProperties sla;

	private final Clock clock;

	RecordSlaBreachDelegate(SlaBreaches breaches, SlaProperties sla, Clock clock) {
		this.breaches = breaches;
		this.sla = sla;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date deadline = JourneyVariables.COMMITTEE_DEADLINE.get(execution);
		LocalDate newExpectedDate = LocalDate.now(clock).plusDays(sla.apologyExtension().toDays());
		breaches.record(JourneyVariables.SUPPORT_REQUEST_ID.get(execution), deadline.toInstant(), newExpectedDate);
		JourneyVariables.NEW_EXPECTED_DATE_TEXT.set(execution, DualCalendar.both(newExpectedDate));
		log.warn("Committee deadline passed for request {}", execution.getProcessBusinessKey());
	}

}
