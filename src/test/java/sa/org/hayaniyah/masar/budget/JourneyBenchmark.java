package sa.org.hayaniyah.masar.budget;

import static sa.org.hayaniyah.masar.common.JourneyVariables.DELIVERED_ON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_AMOUNT;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_DESCRIPTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;

/**
 * Journeys through the engine API as Tasklist drives them (start form, claim, complete with form values, the jobs the
 * job executor would run, the survey answer that ends the journey; real delegates, notifications to the outbox) on
 * the local PostgreSQL, with 1, 2 and 4 client threads; then the storage an open and a finished request take and the
 * history cleanup's speed. Not a test: {@code ./mvnw -B test -Pbenchmark -Dtest=JourneyBenchmark}; prints the table and
 * writes {@code target/benchmark/journeys.md}. Sizes: {@code -Dbenchmark.journeys=5} (journeys per client thread),
 * {@code -Dbenchmark.open=100} (requests left open for the storage figure). The job executor is off (the threads run
 * the jobs themselves, so the figures do not depend on its polling).
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class JourneyBenchmark {

	static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 5);

	static final int OPEN = Integer.getInteger("benchmark.open", 100);

	/** Levers to try on top of the configuration: {@code start} (historyRemovalTimeStrategy), {@code rewrite} (reWriteBatchedInserts). */
	static final List<String> LEVERS = List.of(System.getProperty("benchmark.levers", "").split(",")).stream()
		.map(String::strip).filter(lever -> !lever.isEmpty()).toList();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerBenchmarkDatabase(registry);
		if (LEVERS.contains("start")) {
			registry.add("camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy", () -> "start");
		}
		if (LEVERS.contains("rewrite")) {
			registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
		}
	}

	@Autowired
	JourneyDriver journey;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	JdbcTemplate jdbc;

	/** Milliseconds of each call, by kind of call. */
	final Map<String, List<Double>> calls = new ConcurrentHashMap<>();

	@Test
	void journeys() throws Exception {
		StringBuilder report = new StringBuilder();
		report.append("Journeys through the engine API, PostgreSQL ")
			.append(jdbc.queryForObject("SHOW server_version", String.class)).append(", ").append(LocalDate.now())
			.append(", historyRemovalTimeStrategy ").append(engine.getHistoryRemovalTimeStrategy())
			.append(", levers tried: ").append(LEVERS.isEmpty() ? "none" : String.join(", ", LEVERS))
			.append("\n\n");
		runJourneys(1, 1); // warm-up: caches, JIT

		report.append("| client threads | journeys | cases/s | call p50 ms | call p95 ms | slowest kind of call (p95 ms) "
				+ "| raw JDBC journeys/s | engine ÷ raw |\n|---:|---:|---:|---:|---:|---|---:|---:|\n");
		long finishedBefore = 0;
		long bytesBefore = databaseBytes();
		int finished = 0;
		for (int threads : List.of(1, 2, 4)) {
			calls.clear();
			int count = threads * JOURNEYS;
			long start = System.nanoTime();
			runJourneys(threads, JOURNEYS);
			double seconds = (System.nanoTime() - start) / 1e9;
			finished += count;
			List<Double> all = new ArrayList<>();
			calls.values().forEach(all::addAll);
			String slowest = calls.entrySet().stream()
				.max((a, b) -> Double.compare(percentile(a.getValue(), 95), percentile(b.getValue(), 95)))
				.map(e -> e.getKey() + " " + millis(percentile(e.getValue(), 95))).orElse("");
			double raw = rawJourneysPerSecond(threads, JOURNEYS);
			report.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %s | %s | %s | %.1f | %.3f |%n", threads, count,
					count / seconds, millis(percentile(all, 50)), millis(percentile(all, 95)), slowest, raw, count / seconds / raw));
			System.out.println(report);
		}
		long perFinished = (databaseBytes() - bytesBefore) / finished;
		report.append("\nPer kind of call at 4 threads (ms, p50 / p95): ");
		new TreeMap<>(calls).forEach((kind, millis) -> report.append(kind).append(' ')
			.append(millis(percentile(millis, 50))).append(" / ").append(millis(percentile(millis, 95))).append("; "));

		long beforeOpen = databaseBytes();
		for (int i = 0; i < OPEN; i++) {
			ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
			runJobs(instance);
		}
		long perOpen = (databaseBytes() - beforeOpen) / OPEN;
		report.append(String.format(Locale.ROOT, "%n%nStorage (pg_total_relation_size of all tables, no VACUUM in between): "
				+ "%,d bytes per open request (%d requests waiting at reception), %,d bytes per finished journey (%d journeys)%n",
				perOpen, OPEN, perFinished, finished));

		// history cleanup once the finished journeys' time to live (P1825D) has passed
		long historicBefore = historyService.createHistoricProcessInstanceQuery().finished().count();
		ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(1827))));
		try {
			long start = System.nanoTime();
			int runs = 0;
			while (runs < 200 && historyService.createHistoricProcessInstanceQuery().finished().count() > 0) {
				Job job = historyService.cleanUpHistoryAsync(true);
				managementService.executeJob(job.getId());
				runs++;
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long removed = historicBefore - historyService.createHistoricProcessInstanceQuery().finished().count();
			report.append(String.format(Locale.ROOT, "History cleanup: %d finished instances (journeys and their surveys) "
					+ "removed in %.2f s (%d cleanup job runs), %.0f instances/s%n", removed, seconds, runs, removed / seconds));
		}
		finally {
			ClockUtil.reset();
		}
		Path file = Path.of("target", "benchmark", "journeys" + (LEVERS.isEmpty() ? "" : "-" + String.join("-", LEVERS)) + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println("\n" + report);
	}

	/**
	 * The physical floor: the same journey as plain JDBC transactions, one per step of {@code statement-budgets.txt}
	 * with that step's SELECT, INSERT, UPDATE and DELETE counts on a scratch table (inserts as one batch, the others
	 * by primary key), so engine ÷ raw says what the engine adds on top of the statements it needs. The budgets are at
	 * most 10 % (at least 2) above the measured counts, so the floor is a little generous.
	 */
	private double rawJourneysPerSecond(int threads, int perThread) throws Exception {
		Map<String, int[]> steps = StatementBudgetTest.budgets();
		jdbc.execute("CREATE TABLE IF NOT EXISTS bench_floor (id VARCHAR(64) PRIMARY KEY, text_ VARCHAR(4000), n BIGINT)");
		javax.sql.DataSource dataSource = jdbc.getDataSource();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						for (int[] step : steps.values()) {
							rawStep(dataSource, step);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double perSecond = threads * perThread / ((System.nanoTime() - start) / 1e9);
		jdbc.execute("DROP TABLE bench_floor");
		return perSecond;
	}

	/** One step's statements in one transaction: [round trips, SELECT, INSERT, UPDATE, DELETE, commits]. */
	private static void rawStep(javax.sql.DataSource dataSource, int[] step) throws java.sql.SQLException {
		try (java.sql.Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			List<String> ids = new ArrayList<>();
			try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO bench_floor (id, text_, n) VALUES (?, ?, ?)")) {
				for (int i = 0; i < step[2]; i++) {
					String id = java.util.UUID.randomUUID().toString();
					ids.add(id);
					insert.setString(1, id);
					insert.setString(2, "قيمة متغير من متغيرات الطلب " + i);
					insert.setLong(3, i);
					insert.addBatch();
				}
				if (step[2] > 0) {
					insert.executeBatch();
				}
			}
			try (java.sql.PreparedStatement select = c.prepareStatement("SELECT id, text_, n FROM bench_floor WHERE id = ?")) {
				for (int i = 0; i < step[1]; i++) {
					select.setString(1, ids.isEmpty() ? "none" : ids.get(i % ids.size()));
					try (java.sql.ResultSet rs = select.executeQuery()) {
						while (rs.next()) {
							rs.getString(2);
						}
					}
				}
			}
			try (java.sql.PreparedStatement update = c.prepareStatement("UPDATE bench_floor SET n = n + 1 WHERE id = ?")) {
				for (int i = 0; i < step[3]; i++) {
					update.setString(1, ids.isEmpty() ? "none" : ids.get(i % ids.size()));
					update.executeUpdate();
				}
			}
			try (java.sql.PreparedStatement delete = c.prepareStatement("DELETE FROM bench_floor WHERE id = ?")) {
				for (int i = 0; i < step[4]; i++) {
					delete.setString(1, ids.isEmpty() ? "none" : ids.get(i % ids.size()));
					delete.executeUpdate();
				}
			}
			c.commit();
		}
	}

	private void runJourneys(int threads, int perThread) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						oneJourney();
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The approved journey of BeneficiaryJourneyTest, each engine call timed. */
	private void oneJourney() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = timed("start", () -> journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId)));
		runJobs(instance);
		timed("complete (with claim and jobs)", () -> {
			journey.receive(instance, TestApplicants.applicantData(nationalId));
			return null;
		});
		timed("complete (with claim and jobs)", () -> {
			journey.declare(instance);
			return null;
		});
		timed("complete (with claim and jobs)", () -> {
			journey.research(instance, "RECOMMEND_APPROVAL");
			return null;
		});
		for (String member : List.of("committee1", "committee2", "committee3")) {
			timed("vote", () -> {
				journey.vote(instance, member, "APPROVE");
				return null;
			});
		}
		timed("complete (with claim and jobs)", () -> {
			journey.complete(instance, "Task_DeliverService", "reception2", Map.of(SERVICE_DESCRIPTION.name(), "سلة غذائية",
					SERVICE_AMOUNT.name(), 350.0, DELIVERED_ON.name(), "2026-11-30"));
			return null;
		});
		ProcessInstance survey = journey.survey(instance);
		timed("answer survey (ends it)", () -> journey.answerSurvey(survey, 5, "شكرًا"));
	}

	private void runJobs(ProcessInstance instance) {
		timed("job", () -> {
			journey.runJobs(instance);
			return null;
		});
	}

	private <T> T timed(String kind, Supplier<T> call) {
		long start = System.nanoTime();
		try {
			return call.get();
		}
		finally {
			calls.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - start) / 1e6);
		}
	}

	private long databaseBytes() {
		return jdbc.queryForObject("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
				+ "ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()", Long.class);
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static String millis(double value) {
		return String.format(Locale.ROOT, value < 100 ? "%.1f" : "%,.0f", value);
	}

	static {
		TestDatabase.dropAbandonedDatabases("masar_bench_");
	}

}
