package sa.org.hayaniyah.masar.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param closedRequestPeriod how long after closing a request's or an inquiry's personal data are kept
 * @param beneficiaryFilePeriod how long after the family was last served (or heard from) its beneficiary file is kept
 * @param cron when the retention job runs (Spring cron)
 */
@ConfigurationProperties("masar.retention")
record RetentionProperties(Duration closedRequestPeriod, Duration beneficiaryFilePeriod, String cron) {

	public RetentionProperties {
		if (!positive(closedRequestPeriod)) {
			throw new IllegalArgumentException("masar.retention.closed-request-period must be a positive ISO-8601 duration");
		}
		if (!positive(beneficiaryFilePeriod)) {
			throw new IllegalArgumentException("masar.retention.beneficiary-file-period must be a positive ISO-8601 duration");
		}
	}

	private static boolean positive(Duration period) {
		return period != null && !period.isNegative() && !period.isZero();
	}

}
