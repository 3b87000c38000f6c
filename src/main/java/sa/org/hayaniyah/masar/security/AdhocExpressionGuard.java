package sa.org.hayaniyah.masar.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import sa.org.hayaniyah.masar.common.ReplayedBodyRequest;

/**
 * Camunda 7.24.0 CE evaluates expressions inside a task query's {@code orQueries} although ad-hoc expressions are
 * off (an advisory fixed only in Enterprise patches). Expressions in a query run code on the server, so no ad-hoc
 * query through the REST APIs may carry one: a parameter or JSON key ending in "Expression" is refused with 400.
 * Stored filters (created at start-up, read-only for staff) keep theirs.
 * <p>
 * This text check is only an early extra layer: a JSON escape ({@code \u0065}) or a UTF-16 body passes it. The defence
 * is {@link QueryExpressionGuard}, which the engine applies to the parsed query objects.
 */
class AdhocExpressionGuard extends OncePerRequestFilter {

	private static final Pattern EXPRESSION_KEY = Pattern.compile("\"[A-Za-z]+Expression\"\\s*:");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		String type = request.getContentType();
		boolean upload = type != null && type.startsWith("multipart/");
		return upload || !(path.contains("/task") || path.contains("/filter"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean inParameters = request.getParameterMap().keySet().stream().anyMatch(name -> name.endsWith("Expression"));
		byte[] body = request.getInputStream().readAllBytes();
		boolean inBody = EXPRESSION_KEY.matcher(new String(body, StandardCharsets.UTF_8)).find();
		if (inParameters || inBody) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"type\":\"InvalidRequestException\",\"message\":\"Expressions are not allowed in ad-hoc queries\"}");
			return;
		}
		chain.doFilter(new ReplayedBodyRequest(request, body), response);
	}

}
