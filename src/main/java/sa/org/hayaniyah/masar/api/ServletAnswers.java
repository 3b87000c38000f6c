package sa.org.hayaniyah.masar.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.Problems;

/**
 * An answer written by a servlet filter, in the error format of the API that was called: a problem detail with
 * {@code arabic} and {@code violations} on Masar's {@code /api}, {@code {"type", "message"}} (Arabic) on the engine's.
 */
final class ServletAnswers {

	/** Spring's builder: it writes a ProblemDetail's properties at the top level, as MVC does. */
	static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

	private ServletAnswers() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String english, String arabic) throws IOException {
		Object body;
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = Problems.of(status, english, arabic);
			problem.setProperty("violations", List.of(new Violation("request", arabic, english)));
			body = problem;
		}
		else {
			Map<String, Object> engine = new LinkedHashMap<>();
			engine.put("type", type);
			engine.put("message", arabic);
			body = engine;
		}
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		}
		response.setCharacterEncoding("UTF-8");
		response.setContentType(body instanceof ProblemDetail ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
				: MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

}
