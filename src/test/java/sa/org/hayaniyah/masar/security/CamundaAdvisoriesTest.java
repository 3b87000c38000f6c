package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;

/**
 * The two advisories published against 7.24.0 CE (fixed only in Enterprise patches), tested from outside.
 */
@MasarIntegrationTest
class CamundaAdvisoriesTest extends DatabaseTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Test
	void expressionsInsideOrQueriesAreRefused() {
		Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}")));
		ResponseEntity<String> refused = rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/engine-rest/task", HttpMethod.POST, new HttpEntity<>(query), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("Expressions are not allowed");

		assertThat(rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity("/engine-rest/task?candidateGroupsExpression={expression}", String.class, "${currentUserGroups()}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<String> plain = rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/engine-rest/task", HttpMethod.POST,
					new HttpEntity<>(Map.of("orQueries", List.of(Map.of("candidateGroup", "reception")))), String.class);
		assertThat(plain.getStatusCode()).as("the same query without an expression").isEqualTo(HttpStatus.OK);
	}

	@Test
	void theFirstUserSetUpEndpointIsClosedOnceAnAdministratorExists() {
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/admin/default/", String.class);
		String xsrf = page.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.add("X-XSRF-TOKEN", xsrf);
		// the CSRF token and its session, as a browser would send them: the refusal must come from the set-up check
		String session = page.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse("");
		headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; " + session);
		Map<String, Object> body = Map.of("profile", Map.of("id", "intruder", "firstName", "x", "lastName", "y"), "credentials",
				Map.of("password", "Intruder#2026-pass"));

		ResponseEntity<String> setup = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
				new HttpEntity<>(body, headers), String.class);

		assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(setup.getBody()).contains("Setup action not available");
	}

}
