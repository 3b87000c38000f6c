package sa.org.hayaniyah.masar.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a failed job (a database that is down, say) is tried again before it becomes an incident in Cockpit:
 * {@code ${jobRetries.cycle()}} in the BPMN, {@code masar.jobs.retry-cycle} in application.yaml.
 */
@Component("jobRetries")
public class JobRetries {

	private final String cycle;

	JobRetries(@Value("${masar.jobs.retry-cycle}") String cycle) {
		if (!cycle.matches("R\\d+/P\\w+")) {
			throw new IllegalArgumentException("masar.jobs.retry-cycle must look like R3/PT5M, not " + cycle);
		}
		this.cycle = cycle;
	}

	public String cycle() {
		return cycle;
	}

}
