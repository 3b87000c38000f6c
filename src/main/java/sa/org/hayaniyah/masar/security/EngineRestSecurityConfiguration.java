package sa.org.hayaniyah.masar.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open by default in Camunda 7: require HTTP Basic with an engine user, as Camunda's
 * security instructions say. Modeler deploys with an analyst's credentials. The application's own API is Spring
 * Security's ({@link StaffApiSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurityConfiguration {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-auth");
		// before api's idempotency filter (at LOWEST_PRECEDENCE - 10), which keys a retry by the authenticated caller
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<AdhocExpressionGuard> adhocExpressionGuard() {
		FilterRegistrationBean<AdhocExpressionGuard> registration = new FilterRegistrationBean<>(new AdhocExpressionGuard());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		return registration;
	}

}
