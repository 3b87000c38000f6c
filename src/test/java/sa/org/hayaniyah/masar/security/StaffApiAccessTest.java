package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * The staff API as strangers and as each role meet it. Every request mapping of the application is discovered from
 * Spring MVC, so an endpoint added without a rule here fails; anonymous callers get 401 on everything but the public
 * list; each demo user is held to the matrix below, with a family's file on need-to-know.
 * <p>
 * The file used: a request received at the office (letters by post, channel C4), researched and now waiting for the
 * three committee members' votes. reception1 received it, researcher1 researched it, committee1-3 sit on it;
 * reception2 never touched it and no reception task is open on it.
 */
@MasarIntegrationTest
class StaffApiAccessTest extends DatabaseTestSupport {

	static final String PASSWORD = "masar-demo";

	static final List<String> USERS = List.of("reception1", "reception2", "researcher1", "committee1", "committee2",
			"committee3", "supervisor1", "analyst1", "admin", "monitor1");

	static final Set<String> PUBLIC = Set.of("POST /api/online-requests", "POST /api/inquiries", "GET /api/surveys/{token}",
			"POST /api/surveys/{token}");

	/**
	 * The website portal (issue 23): public, in its own chain with a CSRF token; what a stranger without the page's token
	 * gets: every change 403 (the Arabic "reload the page"), the status 401 without a session, the token itself 200.
	 */
	static final Map<String, Integer> PORTAL = Map.of("GET /api/portal/csrf", 200, "POST /api/portal/applications", 403,
			"POST /api/portal/applications/confirm", 403, "POST /api/portal/tracking", 403,
			"POST /api/portal/tracking/confirm", 403, "GET /api/portal/tracking/status", 401,
			"POST /api/portal/tracking/documents", 403, "POST /api/portal/tracking/contact", 403);

	static final Set<String> SUPERVISE = Set.of("supervisor1", "admin");

	/** Who may read the file above: staff who worked or work on it, committee members with a seat, supervisors, admins. */
	static final Set<String> READ_FILE = Set.of("reception1", "researcher1", "committee1", "committee2", "committee3",
			"supervisor1", "admin");

	/** Who may add to it: a task on it now (the committee's votes), supervisors, admins. */
	static final Set<String> CHANGE_FILE = Set.of("committee1", "committee2", "committee3", "supervisor1", "admin");

	/** Every role but analysts. */
	static final Set<String> STAFF = Set.of("reception1", "reception2", "researcher1", "committee1", "committee2",
			"committee3", "supervisor1", "admin");

	/** The expected matrix: who gets past security, per endpoint; everyone else is refused. */
	static final Map<String, Set<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
			Map.entry("GET /api/requests/{reference}/documents", READ_FILE),
			Map.entry("GET /api/requests/{reference}/documents/{type}", READ_FILE),
			Map.entry("POST /api/requests/{reference}/documents", CHANGE_FILE),
			Map.entry("GET /api/requests/{reference}/letters", READ_FILE),
			Map.entry("GET /api/requests/{reference}/letters/{id}", READ_FILE),
			Map.entry("GET /api/requests/{reference}/verification", READ_FILE),
			Map.entry("GET /api/compliance-pack", SUPERVISE), Map.entry("GET /api/compliance-pack.csv", SUPERVISE),
			Map.entry("GET /api/compliance-pack.pdf", SUPERVISE), Map.entry("GET /api/notifications/failed", SUPERVISE),
			Map.entry("POST /api/notifications/{id}/resend", SUPERVISE),
			Map.entry("POST /api/notifications/{id}/confirm-sent", SUPERVISE), Map.entry("POST /api/committee/sittings", SUPERVISE),
			Map.entry("GET /api/committee/sittings/{id}/minutes.pdf",
					Set.of("committee1", "committee2", "committee3", "supervisor1", "admin")),
			Map.entry("GET /api/data-subjects/{nationalId}/export", SUPERVISE),
			Map.entry("GET /api/data-subjects/{nationalId}/access-log", SUPERVISE),
			Map.entry("POST /api/data-subjects/{nationalId}/corrections", SUPERVISE),
			Map.entry("GET /api/referral-reasons", Set.of("reception1", "reception2", "researcher1", "committee1", "committee2",
					"committee3", "supervisor1", "admin")),
			Map.entry("POST /api/referral-reasons", SUPERVISE), Map.entry("DELETE /api/referral-reasons/{code}", SUPERVISE),
			Map.entry("GET /api/referral-reasons/report", SUPERVISE),
			// the family file: every role but analysts; what each sees inside is the family module's need-to-know
			Map.entry("GET /api/family-files/search", STAFF), Map.entry("GET /api/family-files/by-request/{reference}", STAFF),
			Map.entry("POST /api/family-files/by-request/{reference}/notes", STAFF),
			Map.entry("POST /api/family-files/by-request/{reference}/changes", STAFF),
			Map.entry("POST /api/family-files/changes/{id}/decision", SUPERVISE),
			Map.entry("POST /api/satisfaction/surveys/{reference}/answers", Set.of("reception1", "reception2", "supervisor1")),
			Map.entry("GET /api/satisfaction/report", SUPERVISE),
			Map.entry("GET /api/satisfaction/labels", Set.of("reception1", "reception2", "researcher1", "committee1",
					"committee2", "committee3", "supervisor1", "analyst1", "admin")),
			// the supervisors' dashboard in Cockpit (issue 24)
			Map.entry("GET /api/dashboard", SUPERVISE),
			// beneficiaries' own words: supervisors, not the technical administrator
			Map.entry("GET /api/satisfaction/comments", Set.of("supervisor1")),
			Map.entry("GET /api/register-imports/template.xlsx", SUPERVISE),
			Map.entry("GET /api/register-imports/template.csv", SUPERVISE),
			Map.entry("POST /api/register-imports/dry-run", SUPERVISE), Map.entry("POST /api/register-imports", SUPERVISE),
			Map.entry("GET /api/register-imports", SUPERVISE), Map.entry("GET /api/register-imports/{id}", SUPERVISE),
			Map.entry("GET /api/register-imports/duplicates", SUPERVISE),
			Map.entry("POST /api/register-imports/duplicates/{id}/different", SUPERVISE),
			Map.entry("POST /api/register-imports/duplicates/{id}/merge", SUPERVISE),
			Map.entry("GET /api/register-imports/merges", SUPERVISE),
			Map.entry("POST /api/register-imports/merges/{id}/undo", SUPERVISE)));

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	ProcessInstance voting;

	String reference;

	@BeforeEach
	void aRequestAtTheCommittee() {
		String nationalId = TestApplicants.nationalId();
		voting = journey.startAtOffice("reception1", TestApplicants.startForm("C4", nationalId));
		journey.receive(voting, TestApplicants.applicantData(nationalId));
		journey.declare(voting);
		journey.research(voting, "RECOMMEND_APPROVAL");
		reference = (String) runtimeService.getVariable(voting.getId(), "referenceNumber");
		assertThat(upload("supervisor1", reference).getStatusCode().value()).isEqualTo(201);
	}

	/** Every handler mapping of the application as "METHOD pattern". */
	List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue; // Spring Boot's error page
				}
				assertThat(pattern).as("every endpoint of the application lives under /api, where the security chain is")
					.startsWith("/api/");
				assertThat(methods).as("%s answers one declared method, not all of them", pattern).isNotEmpty();
				methods.forEach(method -> endpoints.add(method + " " + pattern));
			}
		}
		return endpoints.stream().sorted().toList();
	}

	@Test
	void everyEndpointHasARuleAndStrangersGet401OnAllButThePublicOnes() {
		List<String> endpoints = endpoints();
		int refused = 0;
		for (String endpoint : endpoints) {
			assertThat(PUBLIC.contains(endpoint) || ALLOWED.containsKey(endpoint) || PORTAL.containsKey(endpoint))
				.as("%s has a rule in this test's matrix", endpoint)
				.isTrue();
			ResponseEntity<String> response = call(rest, endpoint);
			int status = response.getStatusCode().value();
			if (PORTAL.containsKey(endpoint)) {
				assertThat(status).as("stranger without the portal's CSRF token: %s", endpoint).isEqualTo(PORTAL.get(endpoint));
				if (status != 200) {
					assertThat(response.getBody()).as(endpoint).containsAnyOf("أعد تحميلها", "انتهت جلسة المتابعة");
				}
				continue;
			}
			if (PUBLIC.contains(endpoint)) {
				assertThat(status).as("anonymous %s", endpoint).isNotIn(401, 403);
				continue;
			}
			assertThat(status).as("anonymous %s", endpoint).isEqualTo(401);
			assertThat(response.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(response.getBody()).contains("يلزم تسجيل الدخول").doesNotContain(reference);
			refused++;
		}
		assertThat(ALLOWED.keySet()).as("no stale rows in the matrix").allMatch(endpoints::contains);
		System.out.printf("[staff-api] mappings walked: %d; anonymous: %d refused with 401, %d public%n", endpoints.size(),
				refused, endpoints.size() - refused);
	}

	@Test
	void eachRoleGetsExactlyItsMatrix() {
		List<String> endpoints = endpoints();
		Map<String, int[]> counts = new LinkedHashMap<>();
		int forbidden = 0;
		for (String user : USERS) {
			int[] count = counts.computeIfAbsent(user, u -> new int[2]);
			for (String endpoint : endpoints) {
				if (PUBLIC.contains(endpoint)) {
					continue;
				}
				if (PORTAL.containsKey(endpoint)) {
					// staff credentials change nothing on the portal: no login there, the same token rule
					assertThat(call(rest.withBasicAuth(user, PASSWORD), endpoint).getStatusCode().value()).as("%s: %s", user, endpoint)
						.isEqualTo(PORTAL.get(endpoint));
					continue;
				}
				int status = call(rest.withBasicAuth(user, PASSWORD), endpoint).getStatusCode().value();
				boolean file = endpoint.contains(" /api/requests/");
				if (ALLOWED.get(endpoint).contains(user)) {
					assertThat(status).as("%s: %s", user, endpoint).isNotIn(401, 403).isLessThan(500);
					if (file) {
						assertThat(status).as("%s reads the file: %s", user, endpoint).isNotEqualTo(404);
					}
					count[0]++;
				}
				else {
					// a family's file answers a refusal exactly as a request that does not exist
					assertThat(status).as("%s: %s", user, endpoint).isEqualTo(file ? 404 : 403);
					count[1]++;
					forbidden++;
				}
			}
		}
		counts.forEach((user, count) -> System.out.printf("[staff-api] %-12s allowed %2d, forbidden %2d%n", user, count[0],
				count[1]));
		System.out.printf("[staff-api] %d mappings x %d users: %d forbidden actions asserted%n", endpoints.size(), USERS.size(),
				forbidden);
		assertThat(forbidden).isGreaterThanOrEqualTo(30);
	}

	@Test
	void whileTheOpenTaskIsOfferedToReceptionEveryReceptionMemberReadsButNoOtherGroup() {
		ProcessInstance received = journey.startAtOffice("reception1",
				TestApplicants.startForm("C1", TestApplicants.nationalId()));
		String atReception = (String) runtimeService.getVariable(received.getId(), "referenceNumber");
		for (String user : List.of("reception1", "reception2", "supervisor1", "admin")) {
			assertThat(readFile(user, atReception)).as(user).containsOnly(200);
		}
		// never routed to research, no committee seat yet, analysts never
		for (String user : List.of("researcher1", "committee1", "committee2", "analyst1")) {
			assertThat(readFile(user, atReception)).as(user).containsOnly(404);
		}
		assertThat(upload("reception2", atReception).getStatusCode().value()).isEqualTo(201);
		assertThat(upload("researcher1", atReception).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void aCommitteeMemberWhoRecusedReadsTheFileNoMore() {
		journey.complete(voting, "Task_DecideOnSupportRequest", "committee3",
				Map.of("vote", "RECUSE", "recusalReason", "RELATIVE", "voteReason", "قريب المتقدم"));
		assertThat(readFile("committee3", reference)).containsOnly(404);
		assertThat(readFile("committee1", reference)).containsOnly(200);
	}

	@Test
	void aNonexistentAndAForbiddenReferenceAnswerTheSame() {
		String missing = "HY-1999-999999";
		for (String path : List.of("/documents", "/documents/ID_COPY", "/letters", "/letters/1", "/verification")) {
			ResponseEntity<String> forbidden = rest.withBasicAuth("reception2", PASSWORD)
				.getForEntity("/api/requests/" + reference + path, String.class);
			ResponseEntity<String> absent = rest.withBasicAuth("reception2", PASSWORD)
				.getForEntity("/api/requests/" + missing + path, String.class);
			ResponseEntity<String> absentForSupervisor = rest.withBasicAuth("supervisor1", PASSWORD)
				.getForEntity("/api/requests/" + missing + path, String.class);
			assertThat(forbidden.getStatusCode().value()).as(path).isEqualTo(404);
			assertThat(absent.getStatusCode()).as(path).isEqualTo(forbidden.getStatusCode());
			assertThat(absent.getBody()).as(path).isEqualTo(forbidden.getBody());
			assertThat(absent.getHeaders().getContentType()).as(path).isEqualTo(forbidden.getHeaders().getContentType());
			if (!path.equals("/letters")) { // a supervisor's list of a missing request's letters is simply empty
				assertThat(absentForSupervisor.getStatusCode().value()).as(path).isEqualTo(404);
				assertThat(absentForSupervisor.getBody()).as(path).isEqualTo(forbidden.getBody());
			}
		}
	}

	@Test
	void theTasklistSessionReadsAndChangesOnlyFromTheApplicationsOwnPages() {
		HttpHeaders session = tasklistSession("committee1");
		ResponseEntity<String> read = rest.exchange("/api/requests/" + reference + "/documents", HttpMethod.GET,
				new HttpEntity<>(session), String.class);
		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(read.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the Tasklist session is neither renewed nor replaced")
			.isNull();
		// a change without X-Requested-With could come from another site's form: anonymous
		assertThat(uploadWith(session, reference).getStatusCode().value()).isEqualTo(401);
		HttpHeaders fromOwnPage = new HttpHeaders();
		fromOwnPage.addAll(session);
		fromOwnPage.add("X-Requested-With", "XMLHttpRequest");
		assertThat(uploadWith(fromOwnPage, reference).getStatusCode().value()).isEqualTo(201);
		assertThat(rest.exchange("/api/compliance-pack", HttpMethod.GET, new HttpEntity<>(session), String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
		ResponseEntity<String> wrongPassword = rest.withBasicAuth("committee1", "wrong")
			.getForEntity("/api/requests/" + reference + "/documents", String.class);
		assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
		assertThat(wrongPassword.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@ParameterizedTest(name = "Spring Security leaves {0} alone")
	@ValueSource(strings = { "/actuator/health", "/actuator/health;x=y", "/staff/documents.html", "/survey.html",
			"/camunda/app/tasklist/default/", "/engine-rest/task" })
	void camundasOwnPathsStaticPagesAndHealthAreLeftAlone(String path) {
		ResponseEntity<String> response = rest.getForEntity(path, String.class);
		// Spring Security's firewall would refuse the path parameter; its headers would add no-store caching
		assertThat(response.getStatusCode().value()).isIn(200, 401);
		assertThat(response.getHeaders().getCacheControl()).as(path).isNotEqualTo("no-cache, no-store, max-age=0, must-revalidate");
		if (path.startsWith("/engine-rest")) {
			assertThat(response.getStatusCode().value()).isEqualTo(401);
			assertThat(Objects.toString(response.getBody(), "")).as("Camunda's own filter answered").doesNotContain("يلزم تسجيل الدخول");
		}
	}

	/**
	 * The operations metrics (issue 24): the only actuator path behind the chain. A scraper account of the monitoring
	 * group reads them and nothing else; supervisors and admins too; every other role 403, strangers 401.
	 */
	@Test
	void prometheusIsForTheMonitoringGroupSupervisorsAndAdminsOnly() {
		ResponseEntity<String> anonymous = rest.getForEntity("/actuator/prometheus", String.class);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		assertThat(anonymous.getBody()).contains("يلزم تسجيل الدخول").doesNotContain("masar_");
		for (String user : USERS) {
			ResponseEntity<String> scrape = rest.withBasicAuth(user, PASSWORD).getForEntity("/actuator/prometheus", String.class);
			if (Set.of("monitor1", "supervisor1", "admin").contains(user)) {
				assertThat(scrape.getStatusCode().value()).as(user).isEqualTo(200);
				assertThat(scrape.getBody()).as(user).contains("masar_requests_open{stage=\"COMMITTEE\"}", "camunda_incidents_open");
			}
			else {
				assertThat(scrape.getStatusCode().value()).as(user).isEqualTo(403);
			}
		}
		assertThat(rest.withBasicAuth("monitor1", "wrong").getForEntity("/actuator/prometheus", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
		// the rest of actuator stays closed (not exposed) and health stays public, status only
		assertThat(rest.withBasicAuth("admin", PASSWORD).getForEntity("/actuator/env", String.class).getStatusCode().value())
			.isEqualTo(404);
		ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
		assertThat(health.getStatusCode().value()).isEqualTo(200);
		assertThat(health.getBody()).doesNotContain("components");
	}

	@Test
	void oneChainAndNoDefaultUser() {
		// the staff API's, and the website portal's for /api/portal/** only (issue 23: its own CSRF token)
		assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("staffApi", "portalApi");
		assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
	}

	private List<Integer> readFile(String user, String reference) {
		return Stream.of("/documents", "/letters", "/verification")
			.map(path -> rest.withBasicAuth(user, PASSWORD)
				.getForEntity("/api/requests/" + reference + path, String.class)
				.getStatusCode()
				.value())
			.toList();
	}

	/** Calls an endpoint with harmless values: the request's reference, an unknown sitting, code or token. */
	private ResponseEntity<String> call(TestRestTemplate client, String endpoint) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		String id = pattern.contains("/letters/") ? letterId() : "999999999";
		String url = pattern.replace("{reference}", reference)
			.replace("{type}", "ID_COPY")
			.replace("{id}", id)
			.replace("{token}", "no-such-token")
			.replace("{nationalId}", TestApplicants.nationalId())
			.replace("{code}", "NO_SUCH_CODE");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		HttpEntity<String> body = method.equals("GET") || method.equals("DELETE") ? null : new HttpEntity<>("{}", headers);
		return client.exchange(url, HttpMethod.valueOf(method), body, String.class);
	}

	private String letterId() {
		List<?> letters = rest.withBasicAuth("supervisor1", PASSWORD)
			.getForObject("/api/requests/" + reference + "/letters", List.class);
		assertThat(letters).as("the C4 request has its timeline letter").isNotEmpty();
		return String.valueOf(((Map<?, ?>) letters.get(0)).get("id"));
	}

	private ResponseEntity<String> upload(String user, String reference) {
		return uploadWith(basic(user), reference);
	}

	private ResponseEntity<String> uploadWith(HttpHeaders auth, String reference) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("type", "ID_COPY");
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.APPLICATION_PDF);
		body.add("file", new HttpEntity<>(new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)) {
			@Override
			public String getFilename() {
				return "id.pdf";
			}
		}, part));
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(auth);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return rest.exchange("/api/requests/" + reference + "/documents", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	private static HttpHeaders basic(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		return headers;
	}

	/** Logs in to Tasklist as a browser does and returns the session cookie to send. */
	private HttpHeaders tasklistSession(String user) {
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		String xsrf = cookie(page, "XSRF-TOKEN");
		String session = cookie(page, "JSESSIONID");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add("X-XSRF-TOKEN", xsrf);
		headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + session);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", PASSWORD);
		ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class);
		assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
		String loggedIn = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().anyMatch(c -> c.startsWith("JSESSIONID="))
				? cookie(login, "JSESSIONID") : session;
		HttpHeaders cookies = new HttpHeaders();
		cookies.add(HttpHeaders.COOKIE, "JSESSIONID=" + loggedIn);
		return cookies;
	}

	private static String cookie(ResponseEntity<?> response, String name) {
		return response.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name));
	}

}
