package sa.org.hayaniyah.masar.security;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Login throttling in front of every filter that checks a password (Camunda's REST authentication, the staff API's
 * authentication, the webapps' login resource), on the engine clock so tests move it with {@code ClockUtil}.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

	@Bean
	LoginThrottle loginThrottle(LoginThrottleProperties properties, Clock clock) {
		return new LoginThrottle(properties, clock);
	}

	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(throttle, objectMapper));
		registration.setName("masar-login-throttle");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/*", "/actuator/prometheus");
		return registration;
	}

}
