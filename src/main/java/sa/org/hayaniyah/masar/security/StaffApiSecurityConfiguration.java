package sa.org.hayaniyah.masar.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application's own API, {@code /api/**}, under Spring Security: every call denied unless a rule below allows
 * it; the online channels' few endpoints are the explicit public list; a family's request is read on need-to-know
 * ({@link RequestAccess}) and answers 404 to anyone else, exactly as for a reference that does not exist, so
 * sequential reference numbers reveal nothing.
 * <p>
 * Who: the Camunda webapp session of a logged-in employee ({@link CamundaSessionAuthenticationFilter}) or HTTP Basic
 * against the engine's users ({@link EngineUserAuthenticationProvider}, Camunda's login throttling included). Session
 * calls that change data must carry {@code X-Requested-With}, which another site's form or link cannot send; Spring's
 * token CSRF is off because the staff pages and Basic clients never had a token. No session is created or changed.
 * <p>
 * Camunda's own paths are left alone: the webapps ({@code /camunda/**}) have their own login and CSRF, the engine REST
 * API its {@code ProcessEngineAuthenticationFilter}; static pages and actuator health need none. Spring Security's
 * filter is therefore registered for {@code /api/*} and {@code /actuator/prometheus} only (the operations metrics,
 * for a scraper account of {@link Roles#MONITORING} or supervisors and admins), and the chain matches those only.
 */
@Configuration(proxyBeanMethods = false)
class StaffApiSecurityConfiguration {

	static final String API = "/api/**";

	/** The operations metrics (issue 24): the only actuator path under this chain; health stays public. */
	static final String PROMETHEUS = "/actuator/prometheus";

	@Bean
	SecurityFilterChain staffApi(HttpSecurity http, IdentityService identityService, RequestAccess requestAccess,
			EngineUserAuthenticationProvider engineUsers, ObjectMapper json,
			@Value("${masar.committee.group:" + Roles.RESEARCH_COMMITTEE + "}") String committeeGroup) throws Exception {
		StaffApiErrors errors = new StaffApiErrors(json);
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		String[] supervise = { Roles.SUPERVISORS, Roles.ADMINS };
		// everyone but analysts, who model processes and need no case data or codes
		String[] staff = Stream.of(Roles.RECEPTION, Roles.SOCIAL_RESEARCH, committeeGroup, Roles.SUPERVISORS, Roles.ADMINS)
			.distinct()
			.toArray(String[]::new);
		http.securityMatcher(new OrRequestMatcher(path.matcher(API), path.matcher(PROMETHEUS)))
			.authorizeHttpRequests(requests -> requests
				// the public list: the online request and inquiry forms, and the beneficiary's survey link
				.requestMatchers(path.matcher(POST, "/api/online-requests"), path.matcher(POST, "/api/inquiries"),
						path.matcher(GET, "/api/surveys/{token}"), path.matcher(POST, "/api/surveys/{token}"))
				.permitAll()
				// a family's file: need-to-know
				.requestMatchers(path.matcher(GET, "/api/requests/{reference}/documents"),
						path.matcher(GET, "/api/requests/{reference}/documents/{type}"),
						path.matcher(GET, "/api/requests/{reference}/letters"),
						path.matcher(GET, "/api/requests/{reference}/letters/{id}"),
						path.matcher(GET, "/api/requests/{reference}/verification"))
				.access(needToKnow(requestAccess::canRead))
				.requestMatchers(path.matcher(POST, "/api/requests/{reference}/documents"))
				.access(needToKnow(requestAccess::canChange))
				// reports and administration
				.requestMatchers(path.matcher(GET, "/api/compliance-pack"), path.matcher(GET, "/api/compliance-pack.csv"),
						path.matcher(GET, "/api/compliance-pack.pdf"), path.matcher(GET, "/api/notifications/failed"),
						path.matcher(POST, "/api/notifications/{id}/resend"),
						path.matcher(POST, "/api/notifications/{id}/confirm-sent"), path.matcher(POST, "/api/committee/sittings"),
						path.matcher(GET, "/api/satisfaction/report"), path.matcher(GET, "/api/data-subjects/{nationalId}/export"),
						path.matcher(GET, "/api/data-subjects/{nationalId}/access-log"),
						path.matcher(POST, "/api/data-subjects/{nationalId}/corrections"),
						path.matcher(POST, "/api/referral-reasons"), path.matcher(DELETE, "/api/referral-reasons/{code}"),
						path.matcher(GET, "/api/referral-reasons/report"))
				.hasAnyAuthority(supervise)
				// the register kept before Masar, imported, and the review of possible duplicates (issue 20)
				.requestMatchers(path.matcher(GET, "/api/register-imports/template.xlsx"),
						path.matcher(GET, "/api/register-imports/template.csv"),
						path.matcher(POST, "/api/register-imports/dry-run"), path.matcher(POST, "/api/register-imports"),
						path.matcher(GET, "/api/register-imports"), path.matcher(GET, "/api/register-imports/{id}"),
						path.matcher(GET, "/api/register-imports/duplicates"),
						path.matcher(POST, "/api/register-imports/duplicates/{id}/different"),
						path.matcher(POST, "/api/register-imports/duplicates/{id}/merge"),
						path.matcher(GET, "/api/register-imports/merges"),
						path.matcher(POST, "/api/register-imports/merges/{id}/undo"))
				.hasAnyAuthority(supervise)
				// beneficiaries' own words: supervisors only, as the survey module decided
				.requestMatchers(path.matcher(GET, "/api/satisfaction/comments"))
				.hasAuthority(Roles.SUPERVISORS)
				.requestMatchers(path.matcher(GET, "/api/committee/sittings/{id}/minutes.pdf"))
				.hasAnyAuthority(Roles.SUPERVISORS, Roles.ADMINS, committeeGroup)
				.requestMatchers(path.matcher(POST, "/api/satisfaction/surveys/{reference}/answers"))
				.hasAnyAuthority(Roles.RECEPTION, Roles.SUPERVISORS)
				.requestMatchers(path.matcher(GET, "/api/referral-reasons"))
				.hasAnyAuthority(staff)
				// the family file (issue 19): what each role sees is the family module's need-to-know, 404 when nothing
				.requestMatchers(path.matcher(GET, "/api/family-files/search"),
						path.matcher(GET, "/api/family-files/by-request/{reference}"),
						path.matcher(POST, "/api/family-files/by-request/{reference}/notes"),
						path.matcher(POST, "/api/family-files/by-request/{reference}/changes"))
				.hasAnyAuthority(staff)
				// a change of a registered family's data that can affect eligibility: a supervisor decides
				.requestMatchers(path.matcher(POST, "/api/family-files/changes/{id}/decision"))
				.hasAnyAuthority(supervise)
				// the supervisors' dashboard in Cockpit (issue 24)
				.requestMatchers(path.matcher(GET, "/api/dashboard"))
				.hasAnyAuthority(supervise)
				// operations metrics: a scraper account of the monitoring group (HTTP Basic), or a supervisor or admin
				.requestMatchers(path.matcher(GET, PROMETHEUS))
				.hasAnyAuthority(Roles.MONITORING, Roles.SUPERVISORS, Roles.ADMINS)
				// the forms' option labels for staff pages and Cockpit's variable tables: no case data, so analysts too
				.requestMatchers(path.matcher(GET, "/api/satisfaction/labels"))
				.hasAnyAuthority(Stream.concat(Stream.of(staff), Stream.of(Roles.ANALYSTS)).toArray(String[]::new))
				.anyRequest()
				.denyAll())
			.authenticationProvider(engineUsers)
			.httpBasic(basic -> basic.realmName("masar").authenticationEntryPoint(errors))
			.addFilterBefore(new CamundaSessionAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors)
				.accessDeniedHandler(notFoundOn(path.matcher("/api/requests/**"), errors)))
			.csrf(csrf -> csrf.disable())
			// never create, store in or renew the session: it is Camunda's (a session-fixation id change would log the
			// employee out of Tasklist), and Basic clients need none
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> anonymous.authorities("ROLE_ANONYMOUS"))
			// letters are shown in the page's frame
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	/** The need-to-know rule for the {@code {reference}} in the path, with the caller's groups as authorities. */
	static AuthorizationManager<RequestAuthorizationContext> needToKnow(NeedToKnow rule) {
		return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
			Authentication who = authentication.get();
			if (!(who instanceof StaffAuthentication staff)) {
				return new AuthorizationDecision(false);
			}
			return new AuthorizationDecision(rule.allows(staff.getName(), staff.groups(), context.getVariables().get("reference")));
		};
	}

	@FunctionalInterface
	interface NeedToKnow {

		boolean allows(String user, List<String> groups, String reference);

	}

	/** A refused request answers like a missing one; other refusals are 403 with a reason. */
	static AccessDeniedHandler notFoundOn(RequestMatcher requests, AccessDeniedHandler otherwise) {
		return (request, response, denied) -> {
			if (requests.matches(request)) {
				response.setStatus(404);
				return;
			}
			otherwise.handle(request, response, denied);
		};
	}

	/**
	 * Spring Boot registers Spring Security's filter for every path; here it runs for {@code /api/*} only, so neither
	 * its firewall nor its headers touch the Camunda webapps, the engine REST API, static pages or actuator.
	 */
	@Bean
	static BeanPostProcessor securityFilterOnApiOnly() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
				// Spring Boot's SecurityFilterAutoConfiguration names it so
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& "securityFilterChainRegistration".equals(beanName)) {
					registration.setUrlPatterns(List.of("/api/*", PROMETHEUS));
				}
				return bean;
			}

		};
	}

	static List<String> groups(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
