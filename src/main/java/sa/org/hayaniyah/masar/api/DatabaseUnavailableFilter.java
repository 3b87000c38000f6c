package sa.org.hayaniyah.masar.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The database out of reach where neither error mapper sees it: the engine REST API's login (a servlet filter that
 * checks the password in the database) and a transaction that cannot even begin ({@link IdempotencyFilter}). Without
 * this, such a call would end as the container's bare 500.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (!DatabaseUnavailable.in(e) || response.isCommitted()) {
				throw e;
			}
			response.reset();
			ServletAnswers.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "DatabaseUnavailable",
					"The database cannot be reached", DatabaseUnavailable.ARABIC);
		}
	}

}
