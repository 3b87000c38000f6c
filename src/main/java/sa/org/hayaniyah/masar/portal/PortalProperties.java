package sa.org.hayaniyah.masar.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The website portal's limits ({@code masar.portal}): how long a code lives and how often it may be tried, how long a
 * tracking session lasts, and what may be uploaded. {@code codeSecret} keys the codes' HMAC; every node must share it
 * (when blank, a random key per start: codes pending at a restart then no longer match, and must be asked again).
 */
@ConfigurationProperties("masar.portal")
record PortalProperties(Duration codeValidFor, int maxAttempts, Duration sessionValidFor, int maxFiles,
		DataSize maxFileSize, DataSize maxTotalSize, String codeSecret) {

	PortalProperties {
		codeValidFor = codeValidFor == null ? Duration.ofMinutes(10) : codeValidFor;
		maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
		sessionValidFor = sessionValidFor == null ? Duration.ofMinutes(20) : sessionValidFor;
		maxFiles = maxFiles <= 0 ? 5 : maxFiles;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
		maxTotalSize = maxTotalSize == null ? DataSize.ofMegabytes(10) : maxTotalSize;
	}

}
