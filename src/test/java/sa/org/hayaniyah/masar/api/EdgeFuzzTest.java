package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Issue 18, finding 8: thousands of generated hostile inputs (jqwik arbitraries: huge strings, NUL and other controls,
 * LIKE escapes, duplicated keys, trailing tokens, wrong types, zero-width and bidi characters, numbers out of range)
 * against the open APIs and, with a staff login, the engine REST API, document upload and Masar's staff API: not one
 * answer 5xx. The counts per endpoint and the status histogram are printed. The arbitraries are sampled inside a
 * Jupiter test, so the Spring context (and its database, H2 then PostgreSQL) is the one every test shares; the number
 * of inputs per endpoint is {@code -Dmasar.fuzz.tries} (default 300).
 */
@MasarIntegrationTest
class EdgeFuzzTest extends DatabaseTestSupport {

	static final int TRIES = Integer.getInteger("masar.fuzz.tries", 300);

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RateLimits limits;

	@Autowired
	JourneyDriver journey;

	@Autowired
	TaskService taskService;

	final Map<String, Map<Integer, Integer>> histogram = new TreeMap<>();

	final List<String> serverErrors = new ArrayList<>();

	/** Strings people and attackers send. */
	static Arbitrary<String> hostileString() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(30)),
				net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', '\u0085', 'ا', 'a')
					.ofMinLength(1).ofMaxLength(10)),
				net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars('\u200c', '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff', 'ع', 'ب', 'د')
					.ofMinLength(1).ofMaxLength(12)),
				net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(55, 70_000).map(n -> "ح".repeat(n))),
				net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(3_990, 4_010).map(n -> "x".repeat(n))),
				net.jqwik.api.Tuple.of(2, Arbitraries.of("\\", "abc\\", "%", "_", "\\%", "'", "\"", "'; DROP TABLE support_request;--",
						"${1+1}", "#{7*7}", "../../etc/passwd", "<script>", "1e13", "-1", "NaN", "Infinity", "1601/01/01", "0000-00-00",
						"9999-99-99", "true", "C7", "C1", "FOOD_BASKET", "1234567890", "0551234567", "\u0000", "HY-1448-000001")),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)));
	}

	/** Any JSON value, of the wrong type as often as not. */
	static Arbitrary<Object> hostileValue() {
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, hostileString().map(s -> (Object) s)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(1e13, -1, 0, 1, 1e308, -1e308, 2147483648L, 0.001, 1.5).map(n -> (Object) n)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
				net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
				net.jqwik.api.Tuple.of(1, Arbitraries.just((Object) List.of(1, "a"))),
				net.jqwik.api.Tuple.of(1, Arbitraries.just((Object) Map.of("a", Map.of("b", 1)))));
	}

	/** A JSON object with these fields (some kept valid), mangled at times: duplicated key, trailing tokens, cut short. */
	static Arbitrary<String> hostileBody(Map<String, Object> valid) {
		List<String> fields = new ArrayList<>(valid.keySet());
		Arbitrary<Map<String, Object>> values = Arbitraries.maps(Arbitraries.of(fields), hostileValue()).ofMaxSize(3).map(changes -> {
			Map<String, Object> body = new LinkedHashMap<>(valid);
			body.putAll(changes);
			return body;
		});
		return Combinators.combine(values, Arbitraries.integers().between(0, 9), hostileString()).as((body, mangle, extra) -> {
			String json = write(body);
			return switch (mangle) {
				case 0 -> "{\"" + fields.get(0) + "\":" + write(extra) + "," + json.substring(1);
				case 1 -> json + " {\"x\":1}";
				case 2 -> json.substring(0, json.length() / 2);
				case 3 -> "{\"unknown\":" + write(extra) + "," + json.substring(1);
				case 4 -> "[" + json + "]";
				default -> json;
			};
		});
	}

	@Test
	void noHostileInputIsAServerError() {
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> online = new LinkedHashMap<>(Map.of("channel", "C7", "nationalId", nationalId, "applicantName",
				"سعد محمد الحياني", "mobile", TestApplicants.mobile(nationalId), "supportType", "FOOD_BASKET", "consentGiven", true));
		Map<String, Object> inquiry = new LinkedHashMap<>(Map.of("channel", "C7", "inquiryKind", "PROCEDURE", "question",
				"ما المستندات المطلوبة للتسجيل؟", "personName", "سعد محمد", "mobile", "0551234567"));
		Map<String, Object> survey = new LinkedHashMap<>(Map.of("overall", 5, "speed", 4, "comment", "شكرا"));
		long started = System.nanoTime();

		run("POST /api/online-requests", hostileBody(online), body -> post(null, "/api/online-requests", body));
		run("POST /api/inquiries", hostileBody(inquiry), body -> post(null, "/api/inquiries", body));
		run("POST /api/surveys/{token}", Combinators.combine(hostileString(), hostileBody(survey)).as(List::of),
				t -> post(null, "/api/surveys/" + encode(t.get(0)), t.get(1)));
		run("GET /api/surveys/{token}", hostileString(), token -> get(null, "/api/surveys/" + encode(token)));

		Map<String, Object> start = new LinkedHashMap<>(TestApplicants.startForm("C1", TestApplicants.nationalId()));
		run("POST /engine-rest/.../beneficiary-journey/start", hostileBody(start).map(EdgeFuzzTest::asVariables),
				body -> post("reception1", "/engine-rest/process-definition/key/beneficiary-journey/start", body));
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String reference = journey.variable(instance, JourneyVariables.REFERENCE_NUMBER);
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		taskService.claim(task.getId(), "reception1");
		Map<String, Object> form = new LinkedHashMap<>(TestApplicants.applicantData(nationalId));
		form.remove("documentsReceived");
		run("POST /engine-rest/task/{id}/complete", hostileBody(form).map(EdgeFuzzTest::asVariables),
				body -> post("reception1", "/engine-rest/task/" + task.getId() + "/complete", body));
		run("GET /engine-rest/task?{query}",
				Combinators.combine(Arbitraries.of("nameLike", "name", "maxResults", "firstResult", "processVariables",
						"candidateGroup", "sortBy", "dueAfter", "processInstanceBusinessKeyLike", "assigneeLike"), hostileString())
					.as((name, value) -> name + "=" + encode(value)),
				query -> get("supervisor1", "/engine-rest/task?" + query));
		Map<String, Object> taskQuery = new LinkedHashMap<>(Map.of("nameLike", "استقبال%", "processVariables",
				List.of(Map.of("name", "channel", "operator", "eq", "value", "C1")), "sorting",
				List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
		run("POST /engine-rest/task (query)", hostileBody(taskQuery), body -> post("supervisor1", "/engine-rest/task", body));
		run("POST /api/requests/{ref}/documents",
				Combinators.combine(Arbitraries.of("ID_COPY", "x", "", "FAMILY_RECORD"), hostileString(),
						Arbitraries.of("application/pdf", "image/png", "text/plain", "application/x-msdownload"),
						Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
					.as((type, name, contentType, bytes) -> upload(reference, type, name, contentType, bytes)),
				Supplier::get);
		run("GET /api/requests/{ref}/...", Combinators.combine(hostileString(),
				Arbitraries.of("verification", "documents", "letters", "documents/ID_COPY")).as((ref, what) -> "/api/requests/"
						+ encode(ref) + "/" + what),
				path -> get("supervisor1", path));

		int total = histogram.values().stream().flatMap(h -> h.values().stream()).mapToInt(Integer::intValue).sum();
		System.out.printf("%nEdgeFuzzTest: %d generated inputs in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
		histogram.forEach((endpoint, statuses) -> System.out.printf("  %-48s %5d inputs  statuses %s%n", endpoint,
				statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses));
		serverErrors.stream().limit(10).forEach(e -> System.out.println("  5xx: " + e));
		assertThat(serverErrors).as("responses 5xx").isEmpty();
	}

	private <T> void run(String endpoint, Arbitrary<T> inputs, java.util.function.Function<T, ResponseEntity<String>> send) {
		inputs.sampleStream().limit(TRIES).forEach(input -> {
			limits.forgetAll(); // the rate limits are tested in RateLimitTest; here every input must reach the endpoint
			ResponseEntity<String> response;
			try {
				response = send.apply(input);
			}
			catch (org.springframework.web.client.RestClientException | IllegalArgumentException refusedByTheClient) {
				// a header no HTTP client sends (a control character in a file name): counted, never reaches the server
				histogram.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(0, 1, Integer::sum);
				return;
			}
			histogram.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(response.getStatusCode().value(), 1, Integer::sum);
			if (response.getStatusCode().is5xxServerError()) {
				String shown = String.valueOf(input);
				serverErrors.add(endpoint + " " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown) + " → "
						+ response.getStatusCode() + " " + String.valueOf(response.getBody()).lines().findFirst().orElse(""));
			}
		});
	}

	/** Form values as the engine REST API takes them: {"variables": {name: {"value": ...}}}; mangled bodies pass as they are. */
	static String asVariables(String body) {
		try {
			Map<?, ?> values = JSON.readValue(body, Map.class);
			Map<String, Object> variables = new LinkedHashMap<>();
			values.forEach((name, value) -> variables.put(String.valueOf(name), value instanceof Map<?, ?> || value instanceof List<?>
					? Map.of("value", write(value), "type", "Json") : java.util.Collections.singletonMap("value", value)));
			return write(Map.of("variables", variables));
		}
		catch (Exception mangled) {
			return "{\"variables\":" + body + "}";
		}
	}

	private ResponseEntity<String> post(String user, String path, String body) {
		return rest.exchange(URI.create(rest.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(body, headers(user)),
				String.class);
	}

	private ResponseEntity<String> get(String user, String path) {
		return rest.exchange(URI.create(rest.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers(user)), String.class);
	}

	private Supplier<ResponseEntity<String>> upload(String reference, String type, String name, String contentType,
			byte[] bytes) {
		return () -> {
			HttpHeaders part = new HttpHeaders();
			part.set(HttpHeaders.CONTENT_TYPE, contentType);
			part.setContentDispositionFormData("file", name.isEmpty() ? "f" : name.replace("\"", "").replace("\r", "").replace("\n", ""));
			MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
			body.add("type", type);
			body.add("file", new HttpEntity<>(new ByteArrayResource(bytes), part));
			HttpHeaders headers = headers("reception1");
			headers.setContentType(MediaType.MULTIPART_FORM_DATA);
			return rest.exchange(URI.create(rest.getRootUri() + "/api/requests/" + reference + "/documents"), HttpMethod.POST,
					new HttpEntity<>(body, headers), String.class);
		};
	}

	private static HttpHeaders headers(String user) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, "masar-demo");
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

	private static String encode(String value) {
		String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		return encoded.isEmpty() ? "%20" : encoded;
	}

	private static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
