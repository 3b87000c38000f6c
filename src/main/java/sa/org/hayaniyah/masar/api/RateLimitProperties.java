package sa.org.hayaniyah.masar.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public endpoints ({@code masar.rate-limit} in application.yaml): requests per client IP, submissions per
 * national ID, the largest JSON body, and the largest
 * upload to the website portal.
 */
@ConfigurationProperties("masar.rate-limit")
record RateLimitProperties(Limit perIp, Limit perNationalId, DataSize publicBodyLimit, DataSize uploadBodyLimit,
		int trackedClients) {

	public record Limit(int capacity, Duration period) {
	}

	public RateLimitProperties {
		perIp = perIp == null ? new Limit(60, Duration.ofMinutes(1)) : perIp;
		perNationalId = perNationalId == null ? new Limit(5, Duration.ofHours(1)) : perNationalId;
		publicBodyLimit = publicBodyLimit == null ? DataSize.ofKilobytes(64) : publicBodyLimit;
		// the portal's forms with documents (issue 23): within spring.servlet.multipart.max-request-size
		uploadBodyLimit = uploadBodyLimit == null ? DataSize.ofMegabytes(11) : uploadBodyLimit;
		trackedClients = trackedClients <= 0 ? 100_000 : trackedClients;
	}

}
