package sa.org.hayaniyah.masar.api;

import java.io.IOException;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sa.org.hayaniyah.masar.common.ArabicText;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;

/**
 * In front of Masar's {@code /api}: control characters in the address or a parameter are refused (PostgreSQL cannot
 * even compare a NUL); the public endpoints get a rate limit per client IP and a JSON body limit.
 */
@Component
@Order(ResilienceFilters.IDEMPOTENCY_ORDER - 10)
class EdgeFilter extends OncePerRequestFilter {

	/** Open to strangers: the online channels, the beneficiaries' survey links and the website portal (issue 23). */
	static final List<String> PUBLIC = List.of("/api/online-requests", "/api/inquiries", "/api/surveys/", "/api/portal/");

	/** The portal's forms that carry documents (multipart): their own, larger body limit. */
	static final String PORTAL = "/api/portal/";

	private final RateLimits limits;

	private final RateLimitProperties properties;

	private final ObjectMapper json = ServletAnswers.JSON;

	EdgeFilter(RateLimits limits, RateLimitProperties properties) {
		this.limits = limits;
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String field = controlCharacterIn(request);
		if (field != null) {
			write(response, HttpStatus.BAD_REQUEST, Problems.invalid("The request has control characters",
					new InvalidInputException(List.of(EdgeChecks.controlCharacters(field, "الحقل " + field)))), null);
			return;
		}
		String endpoint = PUBLIC.stream().filter(p -> request.getRequestURI().startsWith(p)).findFirst().orElse(null);
		if (endpoint == null) {
			chain.doFilter(request, response);
			return;
		}
		long wait = limits.tryClient(endpoint, request.getRemoteAddr());
		if (wait > 0) {
			write(response, HttpStatus.TOO_MANY_REQUESTS, RateLimits.tooMany(wait).getBody(), Long.toString(wait));
			return;
		}
		long limit = endpoint.equals(PORTAL) && request.getContentType() != null
				&& request.getContentType().toLowerCase().startsWith("multipart/") ? properties.uploadBodyLimit().toBytes()
						: properties.publicBodyLimit().toBytes();
		if (request.getContentLengthLong() > limit) {
			ProblemDetail problem = Problems.invalid("The body is larger than this endpoint accepts",
					InvalidInputException.of("body", "حجم الطلب أكبر من المسموح", "the body is larger than " + limit + " bytes"));
			problem.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			write(response, HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
			return;
		}
		chain.doFilter(new BodyLimit(request, limit), response);
	}

	private static String controlCharacterIn(HttpServletRequest request) {
		// the decoded path: %01 arrives as a control character in a path variable
		if (ArabicText.hasControlCharacters(request.getServletPath())
				|| ArabicText.hasControlCharacters(request.getPathInfo())) {
			return "path";
		}
		for (var entry : request.getParameterMap().entrySet()) {
			if (ArabicText.hasControlCharacters(entry.getKey())) {
				return "parameter";
			}
			for (String value : entry.getValue()) {
				if (ArabicText.hasControlCharacters(value)) {
					return entry.getKey().length() > 40 ? "parameter" : entry.getKey();
				}
			}
		}
		return null;
	}

	private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem, String retryAfter)
			throws IOException {
		response.setStatus(status.value());
		if (retryAfter != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

}
