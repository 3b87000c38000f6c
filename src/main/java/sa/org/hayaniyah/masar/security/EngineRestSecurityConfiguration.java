package sa.org.hayaniyah.masar.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is open by default in Camunda 7: require HTTP Basic with an engine user, as Camunda's
 * security instructions say, for it and for the staff API. Modeler deploys with an analyst's credentials.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurityConfiguration {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-auth");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/**
	 * The staff API; {@code /api/online-requests} and {@code /api/inquiries} stay open for the online channels, and
	 * {@code /api/surveys} for beneficiaries' survey links.
	 */
	@Bean
	FilterRegistrationBean<StaffApiAuthenticationFilter> staffApiAuthentication(IdentityService identityService) {
		FilterRegistrationBean<StaffApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new StaffApiAuthenticationFilter(identityService));
		registration.addUrlPatterns("/api/requests/*", "/api/data-subjects/*", "/api/notifications/*", "/api/satisfaction/*",
				"/api/committee/*", "/api/referral-reasons", "/api/referral-reasons/*", "/api/compliance-pack",
				"/api/compliance-pack.csv", "/api/compliance-pack.pdf");
		return registration;
	}

	@Bean
	FilterRegistrationBean<AdhocExpressionGuard> adhocExpressionGuard() {
		FilterRegistrationBean<AdhocExpressionGuard> registration = new FilterRegistrationBean<>(new AdhocExpressionGuard());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		return registration;
	}

}
