package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import sa.org.hayaniyah.masar.WebappSession;

/**
 * Expressions in queries run code on the server. Each attack carries an expression that, if evaluated, writes a
 * system property (Spring's {@code systemProperties} bean is reachable from engine expressions); every one must be
 * refused with 400 and the property must stay absent. The bodies are written so that the text filter
 * ({@link AdhocExpressionGuard}) does not see them: only the engine's check of the parsed query stops them.
 */
@MasarIntegrationTest
class QueryExpressionGuardTest extends DatabaseTestSupport {

	private static final String PASSWORD = "masar-demo";

	private static final AtomicInteger PROBES = new AtomicInteger();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@AfterEach
	void signOut() {
		identityService.clearAuthentication();
	}

	/** A fresh system property name and the expression that would set it. */
	private static String[] probe() {
		String name = "masar.probe." + PROBES.incrementAndGet();
		return new String[] { name, "${systemProperties.setProperty('" + name + "', 'ran')}" };
	}

	/** How an attacker dresses an expression so a text filter misses it. */
	enum Body {

		ESCAPED_KEY_IN_OR_QUERIES {
			@Override
			String json(String expression) {
				return "{\"orQueries\":[{\"candidateGroupExpr\\u0065ssion\":\"" + expression + "\"}]}";
			}
		},
		ESCAPED_KEY_AT_TOP_LEVEL {
			@Override
			String json(String expression) {
				return "{\"assigneeExpr\\u0065ssion\":\"" + expression + "\"}";
			}
		},
		UTF16_OR_QUERIES {
			@Override
			String json(String expression) {
				return "{\"orQueries\":[{\"candidateGroupExpression\":\"" + expression + "\"}]}";
			}

			@Override
			byte[] bytes(String expression) {
				return json(expression).getBytes(StandardCharsets.UTF_16);
			}
		},
		SPACED_KEY_IN_OR_QUERIES {
			@Override
			String json(String expression) {
				// whitespace before the colon and a key the text filter's letters-only pattern does not match
				return "{\"orQueries\" : [ {\"assigneeLikeExpression\"\n:\"" + expression + "\"} ]}";
			}
		};

		abstract String json(String expression);

		byte[] bytes(String expression) {
			return json(expression).getBytes(StandardCharsets.UTF_8);
		}

	}

	static Stream<Arguments> attacks() {
		return Stream.of("/engine-rest/task", "/engine-rest/task/count", "filter:list", "filter:count")
			.flatMap(path -> Stream.of(Body.values()).map(body -> Arguments.of(path, body)));
	}

	@ParameterizedTest(name = "{0} with {1} as reception → 400, expression not run")
	@MethodSource("attacks")
	void engineRestRefusesEveryQueryExpression(String path, Body body) {
		String[] probe = probe();
		ResponseEntity<String> response = postJson(rest.withBasicAuth("reception1", PASSWORD), target(path),
				body.bytes(probe[1]), new HttpHeaders());

		assertThat(System.getProperty(probe[0])).as("the expression must not run").isNull();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theRefusalIsABadRequestInArabic() {
		String[] probe = probe();
		ResponseEntity<String> response = postJson(rest.withBasicAuth("reception1", PASSWORD), "/engine-rest/task",
				Body.ESCAPED_KEY_IN_OR_QUERIES.bytes(probe[1]), new HttpHeaders());
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("التعبيرات غير مسموحة").contains("violations");
		assertThat(System.getProperty(probe[0])).isNull();
	}

	@Test
	void theSameQueriesWithoutExpressionsStillWork() {
		ResponseEntity<String> tasks = postJson(rest.withBasicAuth("reception1", PASSWORD), "/engine-rest/task",
				"{\"orQueries\":[{\"candidateGroup\":\"reception\"},{\"assignee\":\"reception1\"}]}".getBytes(StandardCharsets.UTF_8),
				new HttpHeaders());
		assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
		// the stored filters keep their own expressions (${currentUser()}): executing one with a plain extension works
		ResponseEntity<String> filter = postJson(rest.withBasicAuth("reception1", PASSWORD), target("filter:list"),
				"{\"orQueries\":[{\"candidateGroup\":\"reception\"}]}".getBytes(StandardCharsets.UTF_8), new HttpHeaders());
		assertThat(filter.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@ParameterizedTest(name = "Tasklist session posts {0} to /camunda/api/engine → 400, expression not run")
	@MethodSource("webappBodies")
	void theWebappsEngineApiRefusesThemToo(Body body) {
		HttpHeaders session = webappLogin("reception1");
		String[] probe = probe();
		ResponseEntity<String> response = postJson(rest, "/camunda/api/engine/engine/default/task", body.bytes(probe[1]),
				session);

		assertThat(System.getProperty(probe[0])).as("the expression must not run").isNull();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	static Stream<Body> webappBodies() {
		return Stream.of(Body.ESCAPED_KEY_IN_OR_QUERIES, Body.UTF16_OR_QUERIES);
	}

	@Test
	void theEngineApiRefusesAnOrQueryExpressionWhateverTheTransport() {
		String[] probe = probe();
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION));

		assertThatThrownBy(() -> taskService.createTaskQuery().or().taskCandidateGroupExpression(probe[1]).endOr().list())
			.isInstanceOf(BadUserRequestException.class);
		assertThatThrownBy(() -> filterService.list(storedFilter().getId(),
				taskService.createTaskQuery().or().taskAssigneeExpression(probe[1]).endOr()))
			.isInstanceOf(BadUserRequestException.class);
		assertThat(System.getProperty(probe[0])).isNull();
	}

	/**
	 * Today no staff role may create filters; should one ever be granted it, a stored expression (which runs for
	 * whoever opens the filter) stays an administrator's privilege.
	 */
	@Test
	void staffGrantedFilterCreationStillCannotStoreAnExpression() {
		String[] probe = probe();
		Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setResource(Resources.FILTER);
		grant.setResourceId(Authorization.ANY);
		grant.setUserId("supervisor1");
		grant.addPermission(Permissions.CREATE);
		authorizationService.saveAuthorization(grant);
		try {
			identityService.setAuthentication("supervisor1", List.of(Roles.SUPERVISORS));
			Filter withExpression = filterService.newTaskFilter("مرشح بتعبير")
				.setQuery(taskService.createTaskQuery().or().taskAssigneeExpression(probe[1]).endOr());
			assertThatThrownBy(() -> filterService.saveFilter(withExpression)).isInstanceOf(BadUserRequestException.class);
			Filter plain = filterService.newTaskFilter("مرشح عادي").setQuery(taskService.createTaskQuery().taskCandidateGroup("x"));
			filterService.saveFilter(plain);
			identityService.clearAuthentication();
			filterService.deleteFilter(plain.getId());
		}
		finally {
			identityService.clearAuthentication();
			authorizationService.deleteAuthorization(grant.getId());
		}
		assertThat(System.getProperty(probe[0])).isNull();
	}

	private String target(String path) {
		return switch (path) {
			case "filter:list" -> "/engine-rest/filter/" + storedFilter().getId() + "/list";
			case "filter:count" -> "/engine-rest/filter/" + storedFilter().getId() + "/count";
			default -> path;
		};
	}

	/** One of the shared Tasklist filters staff may read; its own query holds {@code ${currentUser()}}. */
	private Filter storedFilter() {
		return filterService.createFilterQuery().filterName("مهامي").singleResult();
	}

	private static ResponseEntity<String> postJson(TestRestTemplate client, String path, byte[] body, HttpHeaders extra) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(extra);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	/** Logs in to Tasklist as a browser does and returns the session cookie and CSRF header for the next calls. */

	private HttpHeaders webappLogin(String user) {
		return WebappSession.login(rest, user, PASSWORD);
	}

}
