package sa.org.hayaniyah.masar.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.Problems;

/**
 * The website portal's API, {@code /api/portal/**} (issue 23): public, but every change carries the CSRF token the page
 * got from {@code GET /api/portal/csrf} (Spring Security's cookie repository: an HttpOnly, SameSite=Strict cookie that
 * another site's page cannot read, and the token in a header it cannot send); no login, no session; only the listed
 * mappings, everything else under the path denied. Checked before the staff API's chain, which matches what is left.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

	static final String PORTAL = "/api/portal/**";

	static final String CSRF_ARABIC = "انتهت صلاحية الصفحة، أعد تحميلها ثم حاول مرة أخرى";

	@Bean
	@Order(1)
	SecurityFilterChain portalApi(HttpSecurity http, ObjectMapper json) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("MASAR-PORTAL-XSRF");
		tokens.setCookiePath("/api/portal");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true).maxAge(Duration.ofHours(2)));
		http.securityMatcher(path.matcher(PORTAL))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path.matcher(GET, "/api/portal/csrf"), path.matcher(POST, "/api/portal/applications"),
						path.matcher(POST, "/api/portal/applications/confirm"), path.matcher(POST, "/api/portal/tracking"),
						path.matcher(POST, "/api/portal/tracking/confirm"), path.matcher(GET, "/api/portal/tracking/status"),
						path.matcher(POST, "/api/portal/tracking/documents"), path.matcher(POST, "/api/portal/tracking/contact"))
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.csrfTokenRepository(tokens))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refused(json))
				.authenticationEntryPoint((request, response, e) -> refused(json).handle(request, response, null)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/** A missing or stale CSRF token, or a path that is not the portal's: 403 with the Arabic "reload the page". */
	private static AccessDeniedHandler refused(ObjectMapper json) {
		return (request, response, denied) -> {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			var problem = Problems.of(HttpStatus.FORBIDDEN, "CSRF token missing or path not allowed", CSRF_ARABIC);
			problem.setProperty("violations", List.of(new Violation("request", CSRF_ARABIC, "forbidden")));
			json.writeValue(response.getOutputStream(), problem);
		};
	}

}
