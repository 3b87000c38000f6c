package sa.org.hayaniyah.masar.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code masar.idempotency} in application.yaml: how long a key's answer is kept for retries, how long a retry waits
 * for a first call with the same key still running before it is told so (409), and how often old keys are purged.
 */
@ConfigurationProperties("masar.idempotency")
record IdempotencyProperties(Duration keepFor, Duration waitForFirst, Duration purgeEvery) {
}
