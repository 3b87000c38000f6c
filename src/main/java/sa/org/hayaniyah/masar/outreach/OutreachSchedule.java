package sa.org.hayaniyah.masar.outreach;

import org.springframework.stereotype.Component;

/**
 * The outreach run's timer cycle for {@code beneficiary-outreach} ({@code ${outreachSchedule.cycle()}}).
 */
@Component("outreachSchedule")
public class OutreachSchedule {

	private final OutreachProperties properties;

	OutreachSchedule(OutreachProperties properties) {
		this.properties = properties;
	}

	public String cycle() {
		return properties.cycle();
	}

}
