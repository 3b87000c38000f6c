package sa.org.hayaniyah.masar.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's staff API ({@code /api/requests/**}, {@code /api/data-subjects/**}) accepts the Camunda webapp
 * session of a logged-in employee (so pages linked from Tasklist just work) or HTTP Basic with an engine user
 * (Camunda's login throttling applies). A session may change data only from the application's own pages, which
 * send {@code X-Requested-With}: another site cannot. The user and their groups are set on the engine for the
 * request, so engine authorizations and the audit see who it is. Anonymous callers get 401.
 */
class StaffApiAuthenticationFilter extends OncePerRequestFilter {

	static final String ENGINE = "default";

	private final IdentityService identityService;

	StaffApiAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = fromSession(request);
		if (user == null) {
			user = fromBasic(request.getHeader("Authorization"));
		}
		if (user == null) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Basic realm=\"masar\"");
			response.setContentType("application/json");
			response.getWriter().write("{\"detail\":\"Authentication required\",\"arabic\":\"يلزم تسجيل الدخول\"}");
			return;
		}
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		identityService.setAuthentication(user, groups);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private static String fromSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		boolean safe = "GET".equals(request.getMethod()) || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		return safe && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
				? user.getName() : null;
	}

	private String fromBasic(String header) {
		if (header == null || !header.startsWith("Basic ")) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon < 1) {
			return null;
		}
		String user = decoded.substring(0, colon);
		return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
	}

}
