package sa.org.hayaniyah.masar.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fallbackOrder channels tried in order when the applicant's choice has no data (no e-mail address, say)
 * @param dispatchInterval how often the dispatcher looks for due messages
 * @param batchSize messages one dispatcher takes at a time
 * @param maxAttempts tries before a message is marked FAILED
 * @param backoff wait before the second try; it doubles after every failure
 * @param claimTimeout how long a message may stay SENDING before the dispatcher takes it for an interrupted send
 *        and asks its channel whether it left (longer than any send takes)
 * @param delays per template, how long its messages wait after the step that queues them (the survey invitation
 *        follows the answer it asks about later, not in the same second)
 */
@ConfigurationProperties("masar.notification")
record NotificationProperties(List<String> fallbackOrder, Duration dispatchInterval, int batchSize, int maxAttempts,
		Duration backoff, Duration claimTimeout, Map<String, Duration> delays, Sms sms, Email email) {

	/**
	 * @param mode {@code log} writes messages to {@code logFile} (default profile); {@code http} posts to the gateway
	 */
	public record Sms(String mode, String logFile, String url, String sender, String username, String apiKey) {
	}

	public record Email(String from, String logFile) {
	}

	public NotificationProperties {
		if (maxAttempts < 1 || batchSize < 1) {
			throw new IllegalArgumentException("masar.notification.max-attempts and batch-size must be at least 1");
		}
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
		if (claimTimeout.isNegative() || claimTimeout.isZero()) {
			throw new IllegalArgumentException("masar.notification.claim-timeout must be positive");
		}
		delays = delays == null ? Map.of() : Map.copyOf(delays);
		delays.forEach((template, delay) -> {
			if (delay.isNegative()) {
				throw new IllegalArgumentException("masar.notification.delays." + template + " must not be negative");
			}
		});
	}

}
