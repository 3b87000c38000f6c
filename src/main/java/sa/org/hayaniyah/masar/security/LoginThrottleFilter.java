package sa.org.hayaniyah.masar.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.common.ReplayedBodyRequest;

/**
 * In front of every password check: HTTP Basic on {@code /engine-rest/**} and {@code /api/**}, and the webapps' login
 * form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). Whoever checks the password, a 401 answer is a
 * failed login; a client out of budget gets 429 with {@code Retry-After} before its password is looked at. The client
 * address is the connection's, or the one the trusted reverse proxy reports (prod: {@code forward-headers-strategy}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

	/** A login form is a user name and a password; anything much larger is not one. */
	private static final int MAX_LOGIN_FORM = 4096;

	private final LoginThrottle throttle;

	private final ObjectMapper objectMapper;

	LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
		this.throttle = throttle;
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (user == null && isWebappLogin(request)) {
			byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM + 1);
			if (form.length > MAX_LOGIN_FORM) {
				problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "Login form too large", "بيانات تسجيل الدخول أطول من المسموح");
				return;
			}
			request = new ReplayedBodyRequest(request, form);
			user = formField(new String(form, StandardCharsets.US_ASCII), "username");
		}
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		LoginThrottle.Attempt attempt = throttle.attempt(user, request.getRemoteAddr());
		if (!attempt.admitted()) {
			long seconds = Math.max(1, (attempt.retryAfter().toMillis() + 999) / 1000);
			log.debug("Login throttled for {} seconds from {}", seconds, request.getRemoteAddr());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			problem(response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins from this address; try again in " + seconds + " seconds",
					"محاولات دخول خاطئة كثيرة من هذا العنوان، أعد المحاولة بعد " + seconds + " ثانية");
			return;
		}
		// only a 401 is a failed login: a call that ends in an exception (the database out of reach) checked no password
		// wrongly, and counting it locked good employees out during an outage
		boolean failed = false;
		try {
			chain.doFilter(request, response);
			failed = response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
		}
		finally {
			attempt.settle(failed);
		}
	}

	private static boolean isWebappLogin(HttpServletRequest request) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
	}

	/** The user name of an HTTP Basic header, or null. */
	static String basicUser(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
		int colon = decoded.indexOf(':');
		return colon < 0 ? null : decoded.substring(0, colon);
	}

	/** A field of a URL-encoded form (the raw text if it is not well encoded), or "" when absent. */
	static String formField(String form, String name) {
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			String key = equals < 0 ? pair : pair.substring(0, equals);
			if (key.equals(name)) {
				String value = equals < 0 ? "" : pair.substring(equals + 1);
				try {
					return URLDecoder.decode(value, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException badEncoding) {
					return value;
				}
			}
		}
		return "";
	}

	private void problem(HttpServletResponse response, HttpStatus status, String detail, String arabic) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(objectMapper.writeValueAsBytes(Problems.of(status, detail, arabic)));
	}

}
