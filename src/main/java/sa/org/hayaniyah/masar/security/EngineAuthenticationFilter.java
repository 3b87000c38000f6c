package sa.org.hayaniyah.masar.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After Spring Security let a call through: the employee and their groups are the engine's authentication for the
 * request, so engine authorizations, the audit trail and the controllers' own checks see who it is.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	EngineAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff)) {
			chain.doFilter(request, response);
			return;
		}
		identityService.setAuthentication(staff.getName(), staff.groups());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
