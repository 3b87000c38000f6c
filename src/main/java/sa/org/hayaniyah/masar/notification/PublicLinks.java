package sa.org.hayaniyah.masar.notification;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Every link a beneficiary receives (survey links in SMS, e-mail and letters) is built from this one setting,
 * {@code masar.public-base-url}: the address phones and browsers outside the association reach. It is required in
 * the prod profile ({@code MASAR_PUBLIC_BASE_URL}); the default profile uses http://localhost:8080.
 *
 * @param publicBaseUrl scheme and host (and port or path prefix, if any), without a trailing slash
 */
@Validated
@ConfigurationProperties("masar")
public record PublicLinks(
		@NotBlank(message = "set MASAR_PUBLIC_BASE_URL (masar.public-base-url) to the address beneficiaries reach, e.g. https://masar.hayaniyah.org.sa")
		@Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?",
				message = "set MASAR_PUBLIC_BASE_URL (masar.public-base-url) to the absolute http(s) address beneficiaries reach, such as https://masar.hayaniyah.org.sa, without query") String publicBaseUrl) {

	public PublicLinks {
		// one form whatever the operator typed: no trailing slash, so paths join with exactly one
		publicBaseUrl = publicBaseUrl == null ? null : publicBaseUrl.strip().replaceAll("/+$", "");
	}

	/** The public address of {@code path} (which starts with a slash and may carry a query). */
	public String to(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("a public path starts with /: " + path);
		}
		return URI.create(publicBaseUrl + path).toString();
	}

}
