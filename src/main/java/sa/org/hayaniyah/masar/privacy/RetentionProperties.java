package sa.org.hayaniyah.masar.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param closedRequestPeriod how long after closing a request's personal data are kept
 * @param cron when the retention job runs (Spring cron)
 */
@ConfigurationProperties("masar.retention")
public record RetentionProperties(Duration closedRequestPeriod, String cron) {

	public RetentionProperties {
		if (closedRequestPeriod == null || closedRequestPeriod.isNegative() || closedRequestPeriod.isZero()) {
			throw new IllegalArgumentException("masar.retention.closed-request-period must be a positive ISO-8601 duration");
		}
	}

}
