package sa.org.hayaniyah.masar.outreach;

import static sa.org.hayaniyah.masar.common.Periods.requirePositive;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * From {@code masar.outreach}.
 *
 * @param cycle when the outreach runs: a Camunda timer cycle, such as a Quartz cron {@code 0 0 6 * * ?}
 * @param idExpiryWindow a national ID expiring within this period gets a reminder to renew it
 * @param supportPeriod how long a delivered support lasts before it is due for renewal
 * @param renewalWindow a renewal request is opened this long before the support ends
 * @param noContactPeriod a family with no contact for this long gets a field visit (O4)
 * @param undeliveredAfter an approved service still not delivered this long after the decision
 */
@ConfigurationProperties("masar.outreach")
record OutreachProperties(String cycle, Duration idExpiryWindow, Duration supportPeriod, Duration renewalWindow,
		Duration noContactPeriod, Duration undeliveredAfter) {

	public OutreachProperties {
		if (cycle == null || cycle.isBlank()) {
			throw new IllegalArgumentException("masar.outreach.cycle must be a timer cycle such as 0 0 6 * * ?");
		}
		requirePositive(idExpiryWindow, "masar.outreach.id-expiry-window");
		requirePositive(supportPeriod, "masar.outreach.support-period");
		requirePositive(renewalWindow, "masar.outreach.renewal-window");
		requirePositive(noContactPeriod, "masar.outreach.no-contact-period");
		requirePositive(undeliveredAfter, "masar.outreach.undelivered-after");
	}

}
