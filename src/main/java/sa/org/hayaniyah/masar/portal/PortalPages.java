package sa.org.hayaniyah.masar.portal;

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
 * The portal's pages ({@code /portal/}, static files served by the application): a strict Content-Security-Policy
 * (this origin's scripts and styles only, no inline script, no frames, forms and calls to this origin only), no
 * sniffing, no referrer, no caching of pages that show a person's request; {@code /portal} leads to its first page.
 */
@Configuration(proxyBeanMethods = false)
class PortalPages {

	static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> portalPageHeaders() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String uri = request.getRequestURI();
				if (uri.equals("/portal") || uri.equals("/portal/")) {
					response.sendRedirect("/portal/index.html");
					return;
				}
				response.setHeader("Content-Security-Policy", CSP);
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Referrer-Policy", "no-referrer");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/portal", "/portal/*");
		registration.setName("portalPageHeaders");
		return registration;
	}

}
