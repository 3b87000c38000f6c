package sa.org.hayaniyah.masar.api;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 21's two filters on both APIs: the database-outage answer outermost, so it covers every filter after it; the
 * idempotency key innermost, after the engine REST API's login and {@link EdgeFilter} (it needs the caller, and
 * rate limits and size checks come first), right before the servlet.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceFilters {

	/** After every other filter of Masar's and Camunda's (security's EngineRestSecurityConfiguration orders its login before this). */
	static final int IDEMPOTENCY_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.addUrlPatterns("/engine-rest/*", "/api/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests,
			PlatformTransactionManager transactions, IdentityService identityService, RateLimitProperties limits) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(requests, transactions, identityService, limits));
		registration.setOrder(IDEMPOTENCY_ORDER);
		registration.addUrlPatterns("/engine-rest/*", "/api/*");
		return registration;
	}

}
