package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A Camunda webapp session (login with the CSRF cookie and header) for tests that call what Tasklist calls. */
public final class WebappSession {

	private WebappSession() {
	}

	/** Logs in to Tasklist as a browser does; the headers carry the new session and its CSRF token. */
	public static HttpHeaders login(TestRestTemplate rest, String user, String password) {
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		String xsrf = cookie(page, "XSRF-TOKEN");
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-XSRF-TOKEN", xsrf);
		headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + cookie(page, "JSESSIONID"));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class);
		assertThat(login.getStatusCode()).as("webapp login").isEqualTo(HttpStatus.OK);
		String session = cookie(login, "JSESSIONID");
		// the login starts a new session, whose CSRF token the next page load hands out
		HttpHeaders sessionOnly = new HttpHeaders();
		sessionOnly.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
		ResponseEntity<String> reload = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
				new HttpEntity<>(sessionOnly), String.class);
		String token = cookie(reload, "XSRF-TOKEN");
		HttpHeaders next = new HttpHeaders();
		next.add("X-XSRF-TOKEN", token);
		next.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token + "; JSESSIONID=" + session);
		return next;
	}

	private static String cookie(ResponseEntity<?> response, String name) {
		return response.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.getHeaders()));
	}

}
