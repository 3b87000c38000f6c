package sa.org.hayaniyah.masar.sla;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "تسجيل تجاوز المهلة": the two-week promise was not kept; the breach is counted.
 */
@Component
public class RecordSlaBreachDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(RecordSlaBreachDelegate.class);

	private final SlaBreaches breaches;

	RecordSlaBreachDelegate(SlaBreaches breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date deadline = (Date) execution.getVariable("committeeDeadline");
		breaches.record((Long) execution.getVariable("supportRequestId"), deadline.toInstant());
		log.warn("Committee deadline passed for request {}", execution.getProcessBusinessKey());
	}

}
