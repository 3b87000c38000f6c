package sa.org.hayaniyah.masar.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public endpoints ({@code masar.rate-limit} in application.yaml): requests per client IP, submissions per
 * national ID, and the largest JSON body.
 */
@ConfigurationProperties("masar.rate-limit")
record RateLimitProperties(Limit perIp, Limit perNationalId, DataSize publicBodyLimit, int trackedClients) {

	public record Limit(int capacity, Duration period) {
	}

	public RateLimitProperties {
		perIp = perIp == null ? new Limit(60, Duration.ofMinutes(1)) : perIp;
		perNationalId = perNationalId == null ? new Limit(5, Duration.ofHours(1)) : perNationalId;
		publicBodyLimit = publicBodyLimit == null ? DataSize.ofKilobytes(64) : publicBodyLimit;
		trackedClients = trackedClients <= 0 ? 100_000 : trackedClients;
	}

}
