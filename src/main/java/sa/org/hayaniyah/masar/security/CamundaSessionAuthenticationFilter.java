package sa.org.hayaniyah.masar.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff pages linked from Tasklist call the API with the Camunda webapp session of the logged-in employee. A call
 * that changes data counts as authenticated only with {@code X-Requested-With: XMLHttpRequest}, which the
 * application's pages send and another site cannot (a cross-site form cannot set it, and a cross-site script would
 * need a CORS pre-flight this application never grants): without it the call is anonymous and gets 401.
 */
class CamundaSessionAuthenticationFilter extends OncePerRequestFilter {

	static final String ENGINE = "default";

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

	private final IdentityService identityService;

	CamundaSessionAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = fromSession(request);
		if (user != null) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(StaffAuthentication.of(user, identityService));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private static String fromSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		boolean safe = SAFE.contains(request.getMethod()) || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
		return safe && AuthenticationUtil.getAuthsFromSession(session)
			.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user ? user.getName() : null;
	}

}
