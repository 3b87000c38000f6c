package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.zaxxer.hikari.HikariDataSource;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;

/**
 * Issue 21 on PostgreSQL: the database goes away under load, without stopping the server (connections refused and
 * every session killed), and comes back. Every call answers 503 with the Arabic "try again shortly" within seconds,
 * health and readiness say DOWN while liveness stays UP, and after the database returns the application answers
 * normally without a restart; a journey started before the outage finishes its verification step afterwards. No
 * call ever gets a 500. The figures are printed.
 * <p>
 * Each kind of staff call is made by another employee: the login throttle counts a login in flight against its
 * account until it ends, and during the outage each takes the pool's 5 s.
 * <p>
 * The outage hits this run's own test database (TestDatabase gives each run one), and is always lifted in
 * {@code finally}; the shared context's pool reconnects by itself, which is part of what is tested.
 */
@MasarIntegrationTest
@EnabledIfSystemProperty(named = "masar.test.database", matches = "postgres", disabledReason = "an outage is made on PostgreSQL only")
class DatabaseOutageTest extends DatabaseTestSupport {

	/**
	 * The requirement's bound: the pool waits 5 s for a connection, then the call answers; 3 s of margin for a busy
	 * 2-core CI machine (measured answers: 5.1 to 5.9 s).
	 */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(8);

	static final Duration DEADLINE = Duration.ofSeconds(60);

	record Call(String kind, long startedNanos, long endedNanos, int status, String body) {

		Duration took() {
			return Duration.ofNanos(endedNanos - startedNanos);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	RateLimits rateLimits;

	HttpCalls calls;

	final List<Call> answered = Collections.synchronizedList(new ArrayList<>());

	@Test
	void theApplicationAnswers503DuringAnOutageAndRecoversWithoutARestart() throws Exception {
		calls = new HttpCalls(port);
		rateLimits.forgetAll();
		String database = databaseName();

		// before: a journey waits for its verification job (no job executor in tests: run through the engine's API)
		String nationalId = TestApplicants.nationalId();
		String instance = (String) calls.read(calls.post("reception1", IdempotencyTest.START,
				HttpCalls.form(TestApplicants.startForm("C1", nationalId)), null)).get("id");
		String receive = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
		assertThat(calls.post("reception1", "/engine-rest/task/" + receive + "/submit-form",
				HttpCalls.form(TestApplicants.applicantData(nationalId)), null).statusCode()).isEqualTo(204);
		Job verification = managementService.createJobQuery().processInstanceId(instance).singleResult();
		assertThat(verification).as("the verification job waits").isNotNull();
		assertHealth("/actuator/health", 200, "UP");
		assertHealth("/actuator/health/liveness", 200, "UP");
		assertHealth("/actuator/health/readiness", 200, "UP");

		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService load = Executors.newFixedThreadPool(5);
		List<Future<?>> loops = new ArrayList<>();
		long outageStarted = 0;
		long restored = 0;
		try {
			loops.add(load.submit(() -> loop(running, this::staffRead)));
			loops.add(load.submit(() -> loop(running, this::staffStartWithKey)));
			loops.add(load.submit(() -> loop(running, this::publicRequest)));
			loops.add(load.submit(() -> loop(running, this::staffApi)));
			loops.add(load.submit(() -> loop(running, () -> call("readiness", () -> calls.get(null, "/actuator/health/readiness")))));
			waitFor("normal answers under load", () -> answeredSince(System.nanoTime() - TimeUnit.SECONDS.toNanos(60), 200) >= 3);

			outageStarted = System.nanoTime();
			TestDatabase.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
			TestDatabase.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

			long started = outageStarted;
			Duration toAll503 = waitFor("every call answers 503 in Arabic", () -> probeRoundAll503(started));
			waitFor("readiness DOWN", () -> calls.get(null, "/actuator/health/readiness").statusCode() == 503);
			assertHealth("/actuator/health", 503, "DOWN");
			assertHealth("/actuator/health/liveness", 200, "UP");

			restored = System.nanoTime();
			TestDatabase.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
			Duration toRecovery = waitFor("normal answers again", () -> calls.get("reception1", "/engine-rest/task?maxResults=1")
				.statusCode() == 200 && calls.get(null, "/actuator/health/readiness").statusCode() == 200);
			long recovered = System.nanoTime();
			waitFor("the load answered normally again", () -> answeredSince(recovered, 200) >= 3);

			double toDownSeconds = firstEnded("readiness", 503) - started;
			System.out.printf(Locale.ROOT, "%nDatabase outage on %s (%d calls under load):%n"
					+ "  every call answers 503 in Arabic %.1f s after the outage began%n"
					+ "  readiness DOWN %.1f s after the outage began (liveness stayed UP)%n"
					+ "  normal answers %.1f s after the database came back, no restart%n%n",
					database, answered.size(), toAll503.toMillis() / 1000.0, toDownSeconds / 1e9,
					toRecovery.toMillis() / 1000.0);
			assertThat(toAll503).isLessThanOrEqualTo(ANSWER_WITHIN);
		}
		finally {
			running.set(false);
			TestDatabase.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
			load.shutdown();
			load.awaitTermination(30, TimeUnit.SECONDS);
		}
		for (Future<?> loop : loops) {
			loop.get();
		}

		// the journey goes on where it stopped
		managementService.executeJob(verification.getId());
		assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_RecordApplicantDeclaration");

		synchronized (answered) {
			assertThat(answered).as("no call ever got a 500 or any other server error but 503")
				.allSatisfy(call -> assertThat(call.status()).as(call.kind() + ": " + call.body()).isNotIn(500, 502, 504));
			assertThat(answered).filteredOn(call -> call.status() == 503 && !call.kind().equals("readiness"))
				.isNotEmpty()
				.allSatisfy(call -> assertThat(call.body()).as(call.kind()).contains(DatabaseUnavailable.ARABIC));
			long from = outageStarted;
			long to = restored;
			assertThat(answered).filteredOn(call -> call.startedNanos() > from && call.endedNanos() < to)
				.as("nobody kept waiting during the outage")
				.allSatisfy(call -> assertThat(call.took()).as(call.kind()).isLessThanOrEqualTo(ANSWER_WITHIN));
		}
	}

	/** One round of each kind of call at once, all started after the outage: all 503 with the Arabic body. */
	private boolean probeRoundAll503(long outageStarted) throws Exception {
		ExecutorService round = Executors.newFixedThreadPool(4);
		try {
			List<Future<Call>> probes = List.of(round.submit(this::staffRead), round.submit(this::staffStartWithKey),
					round.submit(this::publicRequest), round.submit(this::staffApi));
			boolean all = true;
			for (Future<Call> probe : probes) {
				Call call = probe.get();
				all &= call.startedNanos() > outageStarted && call.status() == 503 && call.body().contains(DatabaseUnavailable.ARABIC);
			}
			return all;
		}
		finally {
			round.shutdown();
		}
	}

	private Call staffRead() {
		return call("staff read", () -> calls.get("reception1", "/engine-rest/task?maxResults=5"));
	}

	private Call staffApi() {
		return call("staff api", () -> calls.get("supervisor1", "/api/referral-reasons"));
	}

	private Call staffStartWithKey() {
		return call("staff start with key", () -> calls.post("reception2", IdempotencyTest.START,
				HttpCalls.form(TestApplicants.startForm("C1", TestApplicants.nationalId())), UUID.randomUUID().toString()));
	}

	private Call publicRequest() {
		rateLimits.forgetAll();
		return call("public request", () -> calls.post(null, "/api/online-requests",
				IdempotencyTest.onlineRequest(TestApplicants.nationalId()), null));
	}

	private Call call(String kind, Supplier<HttpResponse<String>> send) {
		long started = System.nanoTime();
		HttpResponse<String> response = send.get();
		Call call = new Call(kind, started, System.nanoTime(), response.statusCode(), response.body());
		answered.add(call);
		return call;
	}

	/** How many calls of each kind got which answer (the body's first words). */
	private String summary() {
		synchronized (answered) {
			return answered.stream()
				.collect(java.util.stream.Collectors.groupingBy(
						c -> c.kind() + " " + c.status() + " " + c.body().substring(0, Math.min(90, c.body().length())),
						java.util.TreeMap::new, java.util.stream.Collectors.counting()))
				.toString()
				.replace(", ", "\n");
		}
	}

	private long firstEnded(String kind, int status) {
		synchronized (answered) {
			return answered.stream()
				.filter(c -> c.kind().equals(kind) && c.status() == status)
				.mapToLong(Call::endedNanos)
				.min()
				.orElseThrow();
		}
	}

	private long answeredSince(long since, int status) {
		synchronized (answered) {
			return answered.stream().filter(c -> c.startedNanos() > since && c.status() == status).count();
		}
	}

	private void assertHealth(String path, int status, String state) {
		HttpResponse<String> health = calls.get(null, path);
		assertThat(health.statusCode()).as(path).isEqualTo(status);
		// anonymous callers see the status only
		assertThat(calls.read(health)).as(path).containsEntry("status", state).doesNotContainKeys("components", "details");
	}

	private static void loop(AtomicBoolean running, Supplier<Call> call) {
		while (running.get()) {
			call.get();
		}
	}

	interface Condition {

		boolean met() throws Exception;

	}

	/** Polls until the condition holds, at most {@link #DEADLINE}; returns how long it took. */
	private Duration waitFor(String what, Condition condition) throws Exception {
		long start = System.nanoTime();
		long deadline = start + DEADLINE.toNanos();
		while (!condition.met()) {
			assertThat(System.nanoTime()).as(() -> "waiting for " + what + "; answers so far:\n" + summary()).isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(100);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private String databaseName() throws java.sql.SQLException {
		String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
		return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
	}

}
