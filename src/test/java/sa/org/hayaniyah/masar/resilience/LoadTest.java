package sa.org.hayaniyah.masar.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Issue 21, load: 50 concurrent clients for 60 s on the public and staff APIs of one application JVM, from this JVM:
 * applicants send online requests and inquiries and open their survey links; reception reads its task list, and
 * claims and completes the forms of the requests that came in (the verification job follows each declaration);
 * a supervisor reads verification results. Every answer other than the expected 2xx is an error, a 429 included (the
 * public rate limits are raised for the run, as printed). Errors by status and latency percentiles per call type.
 * <p>
 * {@code ./mvnw -B test -Presilience -Dresilience=load} (50 clients, 60 s); 50 clients for 15 s in {@code ./mvnw verify}.
 */
@Resilience.Test("load")
class LoadTest {

	private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();

	private final List<String> errorSamples = new CopyOnWriteArrayList<>();

	private final AtomicLong failedConnections = new AtomicLong();

	@Test
	void fiftyClientsGetNoErrors() throws Exception {
		int clients = Resilience.size("clients", 50, 50);
		int seconds = Resilience.size("seconds", 60, 15);
		String database = Resilience.freshDatabase("load");
		Instant began = Instant.now();
		try (SmsGateway sms = new SmsGateway(); MailServer mail = new MailServer()) {
			Map<String, String> settings = Resilience.applicationProperties(sms, mail);
			MasarNode node = new MasarNode("load", database, settings, Resilience.TARGET.resolve("load"));
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			try {
				node.start(Duration.ofMinutes(4));
				MasarClient client = new MasarClient(node::baseUrl, Duration.ofMinutes(2));
				// a few journeys to the survey first, so that applicants have survey links to open
				List<String> tokens = seedSurveys(client, sms, mail, 4);

				Instant end = Instant.now().plusSeconds(seconds);
				List<Future<?>> running = new ArrayList<>();
				for (int i = 0; i < clients; i++) {
					running.add(pool.submit(() -> {
						clientLoop(client, tokens, end);
						return null;
					}));
				}
				for (Future<?> f : running) {
					f.get(seconds + 180, TimeUnit.SECONDS);
				}
				Duration took = Duration.between(end.minusSeconds(seconds), Instant.now());
				long total = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
				long errors = errors();

				StringBuilder block = new StringBuilder();
				block.append(String.format("## Load (issue 21), %s version, %s%n%n```%n", Resilience.sizeName(), began));
				block.append(String.format("%d concurrent clients for %d s against one application JVM (-Xmx512m) on PostgreSQL, "
						+ "from the test JVM, on %d cores%n", clients, seconds, Runtime.getRuntime().availableProcessors()));
				block.append("application settings changed for the run:\n").append(Resilience.settings(settings));
				block.append(String.format("requests %d, errors %d (connection failures %d), throughput %.1f requests/s%n", total, errors,
						failedConnections.get(), total / (took.toMillis() / 1000.0)));
				block.append(String.format("%-34s %8s %7s %8s %8s %8s   %s%n", "call", "requests", "errors", "p50 ms", "p95 ms", "p99 ms",
						"answers"));
				long[] all = latencies.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue).sorted().toArray();
				new TreeMap<>(latencies).forEach((call, times) -> {
					long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
					block.append(String.format("%-34s %8d %7d %8.0f %8.0f %8.0f   %s%n", call, sorted.length, errors(call),
							percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), new TreeMap<>(statuses.get(call))));
				});
				block.append(String.format("%-34s %8d %7d %8.0f %8.0f %8.0f%n", "ALL", all.length, errors, percentile(all, 50),
						percentile(all, 95), percentile(all, 99)));
				errorSamples.stream().limit(5).forEach(e -> block.append("  error: ").append(e).append('\n'));
				block.append(String.format("TOTAL: errors %d, p95 %.0f ms%n```%n", errors, percentile(all, 95)));
				Resilience.publish("load", block.toString());

				assertThat(total).as("requests sent").isGreaterThan(clients);
				assertThat(errors).as("errors (any answer but the expected 2xx, connection failures included)").isZero();
			}
			finally {
				pool.shutdownNow();
				node.stop();
			}
		}
	}

	/** One client: applicant and staff calls mixed at random until {@code end}. */
	private void clientLoop(MasarClient client, List<String> tokens, Instant end) {
		// the requests this client sent as an applicant and walks as reception: no two clients claim the same task
		Deque<String[]> mine = new ArrayDeque<>();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (Instant.now().isBefore(end)) {
			int dice = random.nextInt(100);
			if (dice < 20) {
				String nationalId = TestApplicants.nationalId();
				Map<String, Object> body = new LinkedHashMap<>(Map.of("channel", "C7", "nationalId", nationalId, "applicantName",
						"فاطمة علي سعيد الحياني", "mobile", TestApplicants.mobile(nationalId), "supportType", "FOOD_BASKET", "consentGiven",
						true));
				JsonNode created = call(client, "public: POST online request", "POST", null, "/api/online-requests", body, 201);
				if (created != null) {
					mine.add(new String[] { created.path("processInstanceId").asText(), nationalId, "Task_ReceiveBeneficiary" });
				}
			}
			else if (dice < 30) {
				String nationalId = TestApplicants.nationalId();
				call(client, "public: POST inquiry", "POST", null, "/api/inquiries",
						Map.of("channel", "C7", "inquiryKind", "PROCEDURE", "question", "ما المستندات المطلوبة لطلب الدعم؟", "personName",
								"سعيد محمد الحياني", "nationalId", nationalId, "mobile", TestApplicants.mobile(nationalId)),
						201);
			}
			else if (dice < 45) {
				call(client, "public: GET survey", "GET", null, "/api/surveys/" + tokens.get(random.nextInt(tokens.size())), null, 200);
			}
			else if (dice < 65) {
				call(client, "staff: GET reception task list", "GET", "reception1",
						"/engine-rest/task?candidateGroup=reception&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15", null, 200);
			}
			else if (dice < 72) {
				call(client, "staff: GET task count", "GET", "supervisor1", "/engine-rest/task/count?candidateGroup=reception", null, 200);
			}
			else if (!mine.isEmpty()) {
				String[] request = mine.poll();
				if (work(client, request)) {
					mine.add(request);
				}
			}
		}
	}

	/** Reception's next step on one of this client's requests: find, claim, complete; true while there is more to do. */
	private boolean work(MasarClient client, String[] request) {
		String activity = request[2];
		JsonNode tasks = call(client, "staff: GET tasks of a request", "GET", "reception1",
				"/engine-rest/task?processInstanceId=" + request[0] + "&taskDefinitionKey=" + activity, null, 200);
		if (tasks == null || tasks.size() == 0) {
			return tasks != null;
		}
		String id = tasks.get(0).path("id").asText();
		if (tasks.get(0).path("assignee").isNull() || tasks.get(0).path("assignee").isMissingNode()) {
			if (call(client, "staff: POST claim", "POST", "reception1", "/engine-rest/task/" + id + "/claim",
					Map.of("userId", "reception1"), 204) == null) {
				return false;
			}
		}
		if ("Task_ReceiveBeneficiary".equals(activity)) {
			if (call(client, "staff: POST complete applicant data", "POST", "reception1", "/engine-rest/task/" + id + "/submit-form",
					Map.of("variables", Journey.variables(TestApplicants.applicantData(request[1]))), 204) != null) {
				request[2] = "Task_RecordApplicantDeclaration";
				return true;
			}
			return false;
		}
		call(client, "staff: POST complete declaration", "POST", "reception1", "/engine-rest/task/" + id + "/submit-form",
				Map.of("variables", Journey.variables(Map.of("declarationSigned", "yes", "signatureMethod", "OTP"))), 204);
		return false;
	}

	/** One call, timed and counted; the body on the expected status, null otherwise. */
	private JsonNode call(MasarClient client, String name, String method, String user, String path, Object body, int expected) {
		long started = System.nanoTime();
		int status;
		MasarClient.Response response = null;
		try {
			response = client.once(method, user, path, body);
			status = response.status();
		}
		catch (IOException e) {
			status = 0;
			failedConnections.incrementAndGet();
		}
		latencies.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - started) / 1_000_000);
		statuses.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
		if (status != expected) {
			if (errorSamples.size() < 20) {
				errorSamples.add(name + " " + path.replaceAll("\\d{10}", "**********") + " -> " + status + " "
						+ (response == null ? "" : response.text().substring(0, Math.min(300, response.text().length()))));
			}
			return null;
		}
		return response.body();
	}

	private long errors() {
		return latencies.keySet().stream().mapToLong(this::errors).sum();
	}

	private long errors(String call) {
		int expected = call.startsWith("public: POST") ? 201 : call.startsWith("staff: POST") ? 204 : 200;
		return statuses.get(call).entrySet().stream().filter(e -> e.getKey() != expected).mapToLong(e -> e.getValue().get()).sum();
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static List<String> seedSurveys(MasarClient client, SmsGateway sms, MailServer mail, int count) throws Exception {
		Journey.Ledger ledger = new Journey.Ledger();
		List<String> tokens = new ArrayList<>();
		ExecutorService seeders = Executors.newFixedThreadPool(count);
		try {
			List<Future<String>> seeded = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Journey journey = new Journey(i + 1, i % 2 == 1, false, client, ledger, sms, mail, Duration.ofMinutes(3));
				seeded.add(seeders.submit(() -> {
					journey.start();
					journey.receiveAndDeclare();
					journey.research();
					journey.vote();
					journey.deliver();
					return Journey.poll(Duration.ofSeconds(60), () -> sms.surveyToken(TestApplicants.mobile(journey.nationalId)));
				}));
			}
			for (Future<String> token : seeded) {
				tokens.add(token.get(5, TimeUnit.MINUTES));
			}
		}
		finally {
			seeders.shutdownNow();
		}
		assertThat(tokens).doesNotContainNull();
		return tokens;
	}

}
