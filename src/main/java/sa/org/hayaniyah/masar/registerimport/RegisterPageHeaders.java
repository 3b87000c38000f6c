package sa.org.hayaniyah.masar.registerimport;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The register page shows families' personal data: its script and style come from this origin only (no inline script
 * or style, no other origin), and it is never framed.
 */
@Configuration(proxyBeanMethods = false)
class RegisterPageHeaders {

	static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> registerPageCsp() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("Content-Security-Policy", CSP);
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/staff/register.html");
		registration.setName("registerPageCsp");
		return registration;
	}

}
