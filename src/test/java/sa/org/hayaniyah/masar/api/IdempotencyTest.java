package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Issue 21, nothing sent twice: a start or a completion retried with the same {@code Idempotency-Key} is answered
 * from the first call, never run again; the key is committed with the effect or not at all; careless and hostile
 * keys get an Arabic 4xx, never a 500 or someone else's answer.
 */
@MasarIntegrationTest
class IdempotencyTest extends DatabaseTestSupport {

	static final String START = "/engine-rest/process-definition/key/beneficiary-journey/submit-form";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimits rateLimits;

	HttpCalls calls;

	@BeforeEach
	void setUp() {
		calls = new HttpCalls(port);
		rateLimits.forgetAll();
	}

	@Test
	void aRetriedStaffStartReturnsTheSameRequestAndStartsNoSecond() {
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> form = HttpCalls.form(TestApplicants.startForm("C1", nationalId));
		String key = key();

		HttpResponse<String> first = calls.post("reception1", START, form, key);
		HttpResponse<String> retry = calls.post("reception1", START, form, key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
		assertThat(calls.read(retry)).isEqualTo(calls.read(first));
		assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nationalId", nationalId).count()).isOne();
	}

	@Test
	void theSameKeyWithAnotherBodyOrOnAnotherPathIsA422InArabic() {
		String key = key();
		Map<String, Object> form = HttpCalls.form(TestApplicants.startForm("C1", TestApplicants.nationalId()));
		assertThat(calls.post("reception1", START, form, key).statusCode()).isEqualTo(200);

		String otherNationalId = TestApplicants.nationalId();
		HttpResponse<String> otherBody = calls.post("reception1", START,
				HttpCalls.form(TestApplicants.startForm("C1", otherNationalId)), key);
		HttpResponse<String> otherPath = calls.post("reception1",
				"/engine-rest/process-definition/key/beneficiary-inquiry/submit-form", form, key);

		for (HttpResponse<String> refused : List.of(otherBody, otherPath)) {
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(calls.read(refused)).containsEntry("type", "IdempotencyKeyReused");
			assertThat((String) calls.read(refused).get("message")).contains("مفتاح");
		}
		assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nationalId", otherNationalId).count())
			.isZero();
	}

	@Test
	void anotherEmployeesKeyNeverReplaysTheirAnswer() {
		String key = key();
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> form = HttpCalls.form(TestApplicants.startForm("C1", nationalId));
		HttpResponse<String> mine = calls.post("reception1", START, form, key);

		HttpResponse<String> theirs = calls.post("reception2", START, form, key);

		// reception2's call ran for real: the national ID already has its open request
		assertThat(theirs.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
		assertThat(theirs.statusCode()).isEqualTo(400);
		assertThat(theirs.body()).doesNotContain((String) calls.read(mine).get("id"));
		assertThat((String) calls.read(theirs).get("message")).contains("طلب مفتوح");
	}

	@Test
	void aRefusedCallLeavesNoKeySoItsRetryRunsAgain() {
		String key = key();
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> form = HttpCalls.form(TestApplicants.startForm("C1", nationalId));
		assertThat(calls.post("reception1", START, form, null).statusCode()).isEqualTo(200);

		// the engine refuses (a second open request): the key's row was rolled back with the work
		HttpResponse<String> refused = calls.post("reception1", START, form, key);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE idempotency_key = ?", Integer.class, key))
			.isZero();

		HttpResponse<String> again = calls.post("reception1", START, form, key);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
	}

	@Test
	void aRetriedCompletionIsToldItIsAlreadyDone() {
		String nationalId = TestApplicants.nationalId();
		String instance = (String) calls.read(calls.post("reception1", START,
				HttpCalls.form(TestApplicants.startForm("C1", nationalId)), null)).get("id");
		Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
		String key = key();
		String complete = "/engine-rest/task/" + task.getId() + "/submit-form";
		Map<String, Object> form = HttpCalls.form(TestApplicants.applicantData(nationalId));

		HttpResponse<String> first = calls.post("reception1", complete, form, key);
		HttpResponse<String> retry = calls.post("reception1", complete, form, key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
		assertThat(calls.read(retry)).containsEntry("type", "AlreadyDone");
		assertThat((String) calls.read(retry).get("message")).contains("من قبل");
	}

	@Test
	void aRetriedOnlineRequestReturnsTheSameReference() {
		String key = key();
		Map<String, Object> body = onlineRequest(TestApplicants.nationalId());

		HttpResponse<String> first = calls.post(null, "/api/online-requests", body, key);
		HttpResponse<String> retry = calls.post(null, "/api/online-requests", body, key);
		HttpResponse<String> otherBody = calls.post(null, "/api/online-requests", onlineRequest(TestApplicants.nationalId()), key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
		assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(calls.read(retry)).isEqualTo(calls.read(first));
		assertThat(otherBody.statusCode()).isEqualTo(422);
		assertThat(calls.read(otherBody).get("arabic").toString()).contains("مفتاح");
	}

	@Test
	void aRetriedOnlineInquiryReturnsTheSameReference() {
		String key = key();
		Map<String, Object> body = Map.of("channel", "C7", "inquiryKind", "STATUS", "question", "متى يصلني الرد على طلبي؟",
				"personName", "فاطمة علي الحياني", "mobile", "0551234567", "preferredChannel", "SMS");

		HttpResponse<String> first = calls.post(null, "/api/inquiries", body, key);
		HttpResponse<String> retry = calls.post(null, "/api/inquiries", body, key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
		assertThat(calls.read(retry)).isEqualTo(calls.read(first));
	}

	/** A client that gives up waiting and sends again at once: one request, the other waits for it or is told to wait. */
	@Test
	void theSameKeyTwiceAtOnceStartsOneRequest() throws Exception {
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> form = HttpCalls.form(TestApplicants.startForm("C1", nationalId));
		String key = key();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(threads.submit(() -> {
					together.await();
					return calls.post("reception1", START, form, key);
				}));
			}
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : sent) {
				answers.add(answer.get());
			}
			assertThat(answers).extracting(HttpResponse::statusCode).contains(200).allMatch(s -> s == 200 || s == 409);
			answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> assertThat(a.body()).contains("قيد التنفيذ"));
			assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nationalId", nationalId).count()).isOne();
		}
		finally {
			threads.shutdownNow();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "key with spaces in it!", "key/with/slashes/and;semicolons" })
	void aMalformedKeyIsA400InArabic(String key) {
		HttpResponse<String> response = calls.post("reception1", START,
				HttpCalls.form(TestApplicants.startForm("C1", TestApplicants.nationalId())), key);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(calls.read(response)).containsEntry("type", "InvalidIdempotencyKey");
		assertThat((String) calls.read(response).get("message")).contains("Idempotency-Key");
	}

	@Test
	void aHugeKeyIsA400InArabicOnThePublicApi() {
		HttpResponse<String> response = calls.post(null, "/api/online-requests", onlineRequest(TestApplicants.nationalId()),
				"k".repeat(4000));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(calls.read(response).get("arabic").toString()).contains("Idempotency-Key");
	}

	/** Control characters and raw UTF-8 bytes in the header, as a hostile client sends them (HttpClient would not). */
	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh\u0001ijklmnopqrstu", "abcdefgh\tijklmnopqrstu", "مفتاح_مفتاح_مفتاح_مفتاح" })
	void aKeyWithControlOrNonLatinCharactersIsRefusedWithoutAnError(String key) throws IOException {
		byte[] body = HttpCalls.json(onlineRequest(TestApplicants.nationalId())).getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/online-requests HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Connection: close\r\nContent-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write("Idempotency-Key: ".getBytes(StandardCharsets.ISO_8859_1));
			out.write(key.getBytes(StandardCharsets.UTF_8));
			out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400");
		}
	}

	@Test
	void aKeyIsKeptForADayThenForgotten() {
		String key = key();
		assertThat(calls.post("reception1", START, HttpCalls.form(TestApplicants.startForm("C1", TestApplicants.nationalId())),
				key).statusCode()).isEqualTo(200);

		ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(25))));
		HttpResponse<String> aDayLater = calls.post("reception1", START,
				HttpCalls.form(TestApplicants.startForm("C1", TestApplicants.nationalId())), key);

		assertThat(aDayLater.statusCode()).as("a new request under the expired key").isEqualTo(200);
		assertThat(aDayLater.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
	}

	static Map<String, Object> onlineRequest(String nationalId) {
		return Map.of("channel", "C7", "nationalId", nationalId, "applicantName", "فاطمة علي الحياني", "mobile",
				"+966 55 123 4567", "supportType", "RENT_ASSISTANCE", "consentGiven", true);
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

}
