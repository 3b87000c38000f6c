package sa.org.hayaniyah.masar.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.common.Problems;

/**
 * The staff API's 401 and 403 as problem details with the Arabic message, in UTF-8 (without the charset the servlet
 * container wrote ISO-8859-1 and the Arabic came out as question marks).
 */
class StaffApiErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	StaffApiErrors(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"masar\", charset=\"UTF-8\"");
		write(response, HttpStatus.UNAUTHORIZED, "Authentication required", "يلزم تسجيل الدخول");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Not allowed for your role", "هذا الإجراء غير متاح لدورك");
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail, String arabic) throws IOException {
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Problems.of(status, detail, arabic));
	}

}
