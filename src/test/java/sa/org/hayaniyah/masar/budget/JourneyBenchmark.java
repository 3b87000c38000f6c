package sa.org.hayaniyah.masar.budget;

import static sa.org.hayaniyah.masar.common.JourneyVariables.DELIVERED_ON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_AMOUNT;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_DESCRIPTION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.org.hayaniyah.masar.Benchmarks;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;

/**
 * Journeys through the engine API as Tasklist drives them (start form, claim, complete with form values, the jobs the
 * job executor would run, the survey answer that ends the journey; real delegates, notifications to the outbox) on
 * the local PostgreSQL, with 1, 2 and 4 client threads, on Masar's engine and, in the same run, on the same
 * application with the engine as the Camunda starter ships it ({@link StockEngine}, each on its own database): Masar ÷
 * stock; then the storage an open and a finished request take on each and the history cleanup's speed. Not a test:
 * {@code ./mvnw -B test -Pbenchmark -Dtest=JourneyBenchmark}; prints the table and writes
 * {@code target/benchmark/journeys.md}. Sizes: {@code -Dbenchmark.journeys=5} (journeys per client thread),
 * {@code -Dbenchmark.open=100} (requests left open for the storage figure); baselines:
 * {@code -Dbenchmark.stock=defaults,authorization} (the starter's defaults, and the same with authorization on as
 * Masar runs; {@code none} for Masar alone). The job executor is off (the threads run the jobs themselves, so the
 * figures do not depend on its polling).
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class JourneyBenchmark {

	static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 5);

	static final int OPEN = Integer.getInteger("benchmark.open", 100);

	/**
	 * Levers to try on Masar's engine on top of its configuration: {@code start} (historyRemovalTimeStrategy),
	 * {@code rewrite} (reWriteBatchedInserts), {@code audit} (history level audit: no variable updates, and no user operation log, in history),
	 * {@code nodetail} (full history without the variable updates: {@link FullWithoutVariableDetails}).
	 */
	static final List<String> LEVERS = list("benchmark.levers", "");

	/** The stock baselines: {@code defaults} (authorization off, as the starter ships), {@code authorization} (on). */
	static final List<String> STOCK = list("benchmark.stock", "defaults,authorization").stream()
		.filter(variant -> !variant.equals("none")).toList();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerBenchmarkDatabase(registry);
		if (LEVERS.contains("start")) {
			registry.add("camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy", () -> "start");
		}
		if (LEVERS.contains("rewrite")) {
			registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
		}
		if (LEVERS.contains("audit")) {
			registry.add("camunda.bpm.history-level", () -> "audit");
		}
		if (LEVERS.contains("nodetail")) {
			registry.add("camunda.bpm.history-level", () -> FullWithoutVariableDetails.NAME);
			registry.add("benchmark.history-without-variable-details", () -> "true");
		}
	}

	/**
	 * Lever {@code nodetail}: full history (the user operation log Masar's need-to-know and idempotency read included)
	 * without a history row for every variable update ({@code ACT_HI_DETAIL}); current values stay in
	 * {@code ACT_HI_VARINST}.
	 */
	static final class FullWithoutVariableDetails extends AbstractHistoryLevel {

		static final String NAME = "full-without-variable-details";

		@Override
		public int getId() {
			return 31;
		}

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL && eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@ConditionalOnProperty("benchmark.history-without-variable-details")
	static class HistoryLever {

		@Bean
		ProcessEnginePlugin historyWithoutVariableDetails() {
			return new AbstractProcessEnginePlugin() {

				@Override
				public void preInit(ProcessEngineConfigurationImpl configuration) {
					List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
							: new ArrayList<>(configuration.getCustomHistoryLevels());
					levels.add(new FullWithoutVariableDetails());
					configuration.setCustomHistoryLevels(levels);
				}

			};
		}

	}

	@Autowired
	ApplicationContext context;

	/** One application the journeys run on: Masar's (this test's context) or a stock baseline. */
	static final class Engine {

		final String name;

		final JourneyDriver journey;

		final JdbcTemplate jdbc;

		final ManagementService managementService;

		final HistoryService historyService;

		final ProcessEngineConfigurationImpl configuration;

		/** Milliseconds of each call of the current round, by kind of call. */
		final Map<String, List<Double>> calls = new ConcurrentHashMap<>();

		final Map<Integer, double[]> rounds = new TreeMap<>();

		Engine(String name, ApplicationContext context) {
			this.name = name;
			this.journey = context.getBean(JourneyDriver.class);
			this.jdbc = context.getBean(JdbcTemplate.class);
			this.managementService = context.getBean(ManagementService.class);
			this.historyService = context.getBean(HistoryService.class);
			this.configuration = context.getBean(ProcessEngineConfigurationImpl.class);
		}

		String settings() {
			String mapping = configuration.getSqlSessionFactory().getConfiguration()
				.getMappedStatement(configuration.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria")).getResource();
			return String.format(Locale.ROOT, "history level %s, authorization %s, historyRemovalTimeStrategy %s, historyCleanupStrategy %s, "
					+ "defaultUserPermissionNameForTask %s, jdbcStatementTimeout %s, task query mapping %s, plugins %s",
					configuration.getHistoryLevel().getName(), configuration.isAuthorizationEnabled() ? "on" : "off",
					configuration.getHistoryRemovalTimeStrategy(), configuration.getHistoryCleanupStrategy(),
					configuration.getDefaultUserPermissionNameForTask(),
					configuration.getJdbcStatementTimeout(), mapping.contains("sa/org/hayaniyah") ? "Masar's" : "the engine's",
					configuration.getProcessEnginePlugins().stream().map(JourneyBenchmark::pluginNames).toList());
		}

	}

	@Test
	void journeys() throws Exception {
		List<ConfigurableApplicationContext> stockContexts = new ArrayList<>();
		try {
			List<Engine> engines = new ArrayList<>(List.of(new Engine("Masar", context)));
			for (String variant : STOCK) {
				boolean authorization = variant.equals("authorization");
				ConfigurableApplicationContext stock = StockEngine.start("stock-" + variant, authorization);
				stockContexts.add(stock);
				engines.add(new Engine(authorization ? "stock + authorization" : "stock", stock));
			}
			measure(engines);
		}
		finally {
			stockContexts.forEach(ConfigurableApplicationContext::close);
		}
	}

	private void measure(List<Engine> engines) throws Exception {
		Engine masar = engines.get(0);
		StringBuilder report = new StringBuilder();
		report.append("Journeys through the engine API, PostgreSQL ")
			.append(masar.jdbc.queryForObject("SHOW server_version", String.class)).append(", ").append(LocalDateTime.now().withNano(0))
			.append(", ").append(Runtime.getRuntime().availableProcessors()).append(" processors, load average at start ")
			.append(Benchmarks.loadAverage()).append(", levers tried on Masar: ").append(LEVERS.isEmpty() ? "none" : String.join(", ", LEVERS))
			.append("\n\n");
		engines.forEach(engine -> report.append("- ").append(engine.name).append(": ").append(engine.settings()).append('\n'));
		if (engines.size() > 1) {
			report.append("\nThe stock baseline differs from Masar's engine in:\n");
			StockEngine.DIFFERENCES.forEach(difference -> report.append("- ").append(difference).append('\n'));
		}
		for (Engine engine : engines) {
			runJourneys(engine, 1, 1); // warm-up: caches, JIT
		}
		Map<Engine, long[]> storageBefore = new LinkedHashMap<>();
		engines.forEach(engine -> storageBefore.put(engine, storage(engine.jdbc)));
		Map<Engine, Map<String, Long>> tablesBefore = new LinkedHashMap<>();
		engines.forEach(engine -> tablesBefore.put(engine, tableSizes(engine.jdbc)));

		StringBuilder table = new StringBuilder("\n| client threads | journeys |");
		engines.forEach(engine -> table.append(' ').append(engine.name).append(" cases/s | ").append(engine.name)
			.append(" call p50 / p95 ms |"));
		engines.subList(1, engines.size()).forEach(engine -> table.append(" Masar ÷ ").append(engine.name).append(" |"));
		table.append(" raw JDBC journeys/s | Masar ÷ raw |\n|---:|---:|").append("---:|---:|".repeat(engines.size()))
			.append("---:|".repeat(engines.size() - 1)).append("---:|---:|\n");
		List<Integer> threadCounts = List.of(1, 2, 4);
		Map<Engine, String> perKind = new LinkedHashMap<>();
		for (int round = 0; round < threadCounts.size(); round++) {
			int threads = threadCounts.get(round);
			// the engines take turns going first, so a burst of load on the shared machine does not always hit the same one
			List<Engine> order = new ArrayList<>(engines);
			Collections.rotate(order, round);
			for (Engine engine : order) {
				engine.calls.clear();
				long start = System.nanoTime();
				runJourneys(engine, threads, JOURNEYS);
				double seconds = (System.nanoTime() - start) / 1e9;
				List<Double> all = new ArrayList<>();
				engine.calls.values().forEach(all::addAll);
				engine.rounds.put(threads, new double[] { threads * JOURNEYS / seconds, percentile(all, 50), percentile(all, 95) });
				StringBuilder kinds = new StringBuilder();
				new TreeMap<>(engine.calls).forEach((kind, millis) -> kinds.append(kind).append(' ')
					.append(millis(percentile(millis, 50))).append(" / ").append(millis(percentile(millis, 95))).append("; "));
				perKind.put(engine, kinds.toString());
			}
			double raw = rawJourneysPerSecond(masar.jdbc, threads, JOURNEYS);
			table.append(String.format(Locale.ROOT, "| %d | %d |", threads, threads * JOURNEYS));
			engines.forEach(engine -> {
				double[] r = engine.rounds.get(threads);
				table.append(String.format(Locale.ROOT, " %.2f | %s / %s |", r[0], millis(r[1]), millis(r[2])));
			});
			double masarRate = masar.rounds.get(threads)[0];
			engines.subList(1, engines.size()).forEach(engine -> table.append(String.format(Locale.ROOT, " %.2f |",
					masarRate / engine.rounds.get(threads)[0])));
			table.append(String.format(Locale.ROOT, " %.1f | %.3f |%n", raw, masarRate / raw));
			System.out.println(table);
		}
		report.append(table);
		report.append("\nPer kind of call at 4 threads (ms, p50 / p95):\n");
		perKind.forEach((engine, kinds) -> report.append("- ").append(engine.name).append(": ").append(kinds).append('\n'));

		int finished = JOURNEYS * threadCounts.stream().mapToInt(Integer::intValue).sum();
		Map<Engine, long[]> perFinished = new LinkedHashMap<>();
		Map<Engine, long[]> perOpen = new LinkedHashMap<>();
		Map<Engine, String> largest = new LinkedHashMap<>();
		for (Engine engine : engines) {
			perFinished.put(engine, perRequest(storageBefore.get(engine), storage(engine.jdbc), finished));
			Map<String, Long> tables = tableSizes(engine.jdbc);
			tables.replaceAll((name, bytes) -> (bytes - tablesBefore.get(engine).getOrDefault(name, 0L)) / finished);
			largest.put(engine, tables.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
				.map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining("; ")));
			long[] beforeOpen = storage(engine.jdbc);
			for (int i = 0; i < OPEN; i++) {
				ProcessInstance instance = engine.journey.startAtOffice("reception1",
						TestApplicants.startForm("C1", TestApplicants.nationalId()));
				engine.journey.runJobs(instance);
			}
			perOpen.put(engine, perRequest(beforeOpen, storage(engine.jdbc), OPEN));
		}
		report.append(String.format(Locale.ROOT, "%nStorage in bytes per request (pg_total_relation_size of every table "
				+ "with its indexes and TOAST, no VACUUM in between; \"live\" is the sum of pg_column_size of the rows): "
				+ "%d finished journeys (survey included), %d requests waiting at reception%n%n", finished, OPEN));
		report.append("| engine | per finished: total | engine history (ACT_HI_*) | engine runtime (other ACT_*) "
				+ "| Masar's tables | live rows | per open: total | engine history | live rows |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Engine engine : engines) {
			long[] f = perFinished.get(engine);
			long[] o = perOpen.get(engine);
			report.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d |%n", engine.name,
					f[0], f[1], f[2], f[3], f[4], o[0], o[1], o[4]));
		}
		for (Engine engine : engines.subList(1, engines.size())) {
			report.append(String.format(Locale.ROOT, "%nMasar ÷ %s per finished journey: %.2f in total, %.2f of engine history; "
					+ "per open request: %.2f", engine.name, ratio(perFinished, masar, engine, 0), ratio(perFinished, masar, engine, 1),
					ratio(perOpen, masar, engine, 0)));
		}
		report.append("\n\nThe tables that grew most per finished journey (bytes on disk):\n");
		largest.forEach((engine, tables) -> report.append("- ").append(engine.name).append(": ").append(tables).append('\n'));
		report.append('\n');
		for (Engine engine : engines) {
			report.append(cleanup(engine));
		}
		Path file = Path.of("target", "benchmark", "journeys" + (LEVERS.isEmpty() ? "" : "-" + String.join("-", LEVERS)) + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println("\n" + report);
	}

	private static double ratio(Map<Engine, long[]> figures, Engine masar, Engine other, int column) {
		return (double) figures.get(masar)[column] / figures.get(other)[column];
	}

	/** The history cleanup once the finished journeys' time to live (P1825D) has passed. */
	private String cleanup(Engine engine) {
		long historicBefore = engine.historyService.createHistoricProcessInstanceQuery().finished().count();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1827))));
		try {
			long start = System.nanoTime();
			int runs = 0;
			while (runs < 200 && engine.historyService.createHistoricProcessInstanceQuery().finished().count() > 0) {
				Job job = engine.historyService.cleanUpHistoryAsync(true);
				engine.managementService.executeJob(job.getId());
				runs++;
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long removed = historicBefore - engine.historyService.createHistoricProcessInstanceQuery().finished().count();
			return String.format(Locale.ROOT, "History cleanup, %s: %d finished instances (journeys and their surveys) "
					+ "removed in %.2f s (%d cleanup job runs), %.0f instances/s%n", engine.name, removed, seconds, runs,
					removed / seconds);
		}
		finally {
			ClockUtil.reset();
		}
	}

	/**
	 * The physical floor: the same journey as plain JDBC transactions, one per step of {@code statement-budgets.txt}
	 * with that step's SELECT, INSERT, UPDATE and DELETE counts on a scratch table (inserts as one batch, the others
	 * by primary key), so engine ÷ raw says what the engine adds on top of the statements it needs. The budgets are at
	 * most 10 % (at least 2) above the measured counts, so the floor is a little generous.
	 */
	private static double rawJourneysPerSecond(JdbcTemplate jdbc, int threads, int perThread) throws Exception {
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

	private void runJourneys(Engine engine, int threads, int perThread) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						oneJourney(engine);
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
	private static void oneJourney(Engine engine) {
		JourneyDriver journey = engine.journey;
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = timed(engine, "start", () -> journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId)));
		timed(engine, "job", () -> journey.runJobs(instance));
		timed(engine, "complete (with claim and jobs)", () -> journey.receive(instance, TestApplicants.applicantData(nationalId)));
		timed(engine, "complete (with claim and jobs)", () -> journey.declare(instance));
		timed(engine, "complete (with claim and jobs)", () -> journey.research(instance, "RECOMMEND_APPROVAL"));
		for (String member : List.of("committee1", "committee2", "committee3")) {
			timed(engine, "vote", () -> journey.vote(instance, member, "APPROVE"));
		}
		timed(engine, "complete (with claim and jobs)", () -> journey.complete(instance, "Task_DeliverService", "reception2",
				Map.of(SERVICE_DESCRIPTION.name(), "سلة غذائية", SERVICE_AMOUNT.name(), 350.0, DELIVERED_ON.name(), "2026-11-30")));
		ProcessInstance survey = journey.survey(instance);
		timed(engine, "answer survey (ends it)", () -> journey.answerSurvey(survey, 5, "شكرًا"));
	}

	private static void timed(Engine engine, String kind, Runnable call) {
		timed(engine, kind, () -> {
			call.run();
			return null;
		});
	}

	private static <T> T timed(Engine engine, String kind, Supplier<T> call) {
		long start = System.nanoTime();
		try {
			return call.get();
		}
		finally {
			engine.calls.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
				.add((System.nanoTime() - start) / 1e6);
		}
	}

	/**
	 * Bytes the database takes: [total, engine history (ACT_HI_*), other engine tables, Masar's tables, live rows]; the
	 * first four as pg_total_relation_size (indexes, TOAST and dead rows included), the last the rows themselves.
	 */
	private static long[] storage(JdbcTemplate jdbc) {
		long[] bytes = new long[5];
		jdbc.query("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
				+ "WHERE c.relkind = 'r' AND n.nspname = current_schema()", rs -> {
					String table = rs.getString(1).toLowerCase(Locale.ROOT);
					long size = rs.getLong(2);
					bytes[0] += size;
					bytes[table.startsWith("act_hi_") ? 1 : table.startsWith("act_") ? 2 : 3] += size;
					bytes[4] += jdbc.queryForObject("SELECT coalesce(sum(pg_column_size(t.*)), 0) FROM \"" + rs.getString(1) + "\" t",
							Long.class);
				});
		return bytes;
	}

	/** pg_total_relation_size of each table, by lower-case name. */
	private static Map<String, Long> tableSizes(JdbcTemplate jdbc) {
		Map<String, Long> sizes = new TreeMap<>();
		jdbc.query("SELECT lower(c.relname), pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n "
				+ "ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()",
				rs -> {
					sizes.put(rs.getString(1), rs.getLong(2));
				});
		return sizes;
	}

	private static long[] perRequest(long[] before, long[] after, int requests) {
		long[] per = new long[before.length];
		for (int i = 0; i < per.length; i++) {
			per[i] = (after[i] - before[i]) / requests;
		}
		return per;
	}

	private static String pluginNames(ProcessEnginePlugin plugin) {
		return plugin instanceof CompositeProcessEnginePlugin composite
				? composite.getPlugins().stream().map(p -> p.getClass().getSimpleName()).toList().toString()
				: plugin.getClass().getSimpleName();
	}

	static List<String> list(String property, String defaultValue) {
		return List.of(System.getProperty(property, defaultValue).split(",")).stream().map(String::strip)
			.filter(value -> !value.isEmpty()).toList();
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
