package sa.org.hayaniyah.masar.tasklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.org.hayaniyah.masar.Benchmarks;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.RuntimeCopies;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Reception's task lists at 1,000, 10,000 and 100,000 open requests waiting at reception, on PostgreSQL, through the
 * engine's TaskService as {@code reception1} with authorization on. Not a test: run it with
 * {@code ./mvnw -B test -Pbenchmark}; it prints the table and writes it to {@code target/benchmark/task-lists.md}.
 * <p>
 * The first requests are real (started from the start form as reception does); the rest are copies of one of them
 * made in SQL: its execution tree, task, candidate-group link, the task's authorization the engine granted, variables
 * (each copy with its own reference and national ID), jobs and event subscriptions. History is not copied; task queries
 * do not read it. The copied links go through the triggers that keep the group counters ({@link TaskGroupCounts}), as
 * any insert does in production, and the counters are checked against the links after each size.
 * <p>
 * Then it times the triggers' cost on creating a task: transactions that each insert one task and its candidate link,
 * as the engine does when a task is offered to a group, on 1 and 4 threads, with and without the triggers.
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskListBenchmark {

	static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.sizes", "1000,10000,100000").split(","))
		.map(String::trim)
		.map(Integer::valueOf)
		.toList();

	/** Requests started for real; a few stay assigned to reception1 ("my tasks"), the rest wait unclaimed like online ones. */
	static final int REAL = 50;

	static final int ASSIGNED = 10;

	static final String GROUP_COUNT = "group count";

	static final int WARM_UP = 5;

	static final int RUNS = 50;

	/** A query slower than this is timed a few times only, and PostgreSQL stops any statement after a minute. */
	static final long SLOW_MILLIS = 2_000;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerBenchmarkDatabase(registry);
	}

	@Autowired
	JourneyDriver journey;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	DataSource dataSource;

	record Query(String name, Supplier<Object> run) {
	}

	@Test
	void receptionTaskLists() throws IOException {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<ProcessInstance> real = new ArrayList<>();
		for (int i = 0; i < REAL; i++) {
			real.add(journey.startAtOffice(i < ASSIGNED ? "reception1" : "reception2",
					TestApplicants.startForm("C1", TestApplicants.nationalId())));
		}
		for (ProcessInstance instance : real.subList(ASSIGNED, REAL)) {
			// an online request: nobody has claimed it yet
			taskService.createTaskQuery().processInstanceId(instance.getId()).list()
				.forEach(task -> taskService.setAssignee(task.getId(), null));
		}
		String template = real.get(REAL - 1).getId();
		String lastReal = real.get(REAL - 1).getBusinessKey();
		String someNationalId = journey.variable(real.get(REAL - 2), JourneyVariables.NATIONAL_ID);

		Map<Integer, Map<String, double[]>> results = new LinkedHashMap<>();
		String receptionFilter = filterService.createFilterQuery().filterName("مهام الاستقبال").singleResult().getId();
		String myGroupsFilter = filterService.createFilterQuery().filterName("مهام مجموعاتي").singleResult().getId();
		int seeded = REAL;
		for (int size : SIZES) {
			long start = System.nanoTime();
			// in slices, each well within the statement timeout
			for (int from = seeded + 1; from <= size; from += 10_000) {
				RuntimeCopies.copy(jdbc, template, from, Math.min(size, from + 9_999));
			}
			seeded = size;
			jdbc.execute("ANALYZE");
			System.out.printf(Locale.ROOT, "seeded %,d open requests in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
			checkCounters(jdbc);
			String copiedKey = jdbc.queryForObject("SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?",
					String.class, businessKey(size / 2));
			String copiedNationalId = nationalId(size / 2);
			results.put(size, measure(List.of(
					new Query("group list (page of 15, created desc)", () -> groupTasks().orderByTaskCreateTime().desc().listPage(0, 15)),
					new Query(GROUP_COUNT, () -> groupTasks().count()),
					new Query("filter count مهام الاستقبال", () -> filterService.count(receptionFilter)),
					new Query("filter count مهام مجموعاتي", () -> filterService.count(myGroupsFilter)),
					new Query("search by reference (business key)", () -> groupTasks().processInstanceBusinessKey(copiedKey).list()),
					new Query("search by national ID (variable)", () -> groupTasks()
						.processVariableValueEquals("nationalId", copiedNationalId).list()),
					new Query("my tasks (page of 15)", () -> taskService.createTaskQuery().taskAssignee("reception1")
						.orderByTaskCreateTime().desc().listPage(0, 15)),
					new Query("my tasks count", () -> taskService.createTaskQuery().taskAssignee("reception1").count()))));
			check(size, copiedKey, lastReal, someNationalId, Double.isFinite(results.get(size).get(GROUP_COUNT)[0]));
		}
		report(results, taskCreation(jdbc, template));
	}

	/** The counters agree with the candidate links (as the counter tests check after each step). */
	private static void checkCounters(JdbcTemplate jdbc) {
		List<Map<String, Object>> differ = jdbc.queryForList("""
				(SELECT * FROM task_group_count_expected() EXCEPT SELECT * FROM task_group_count WHERE tasks <> 0)
				UNION ALL
				(SELECT * FROM task_group_count WHERE tasks <> 0 EXCEPT SELECT * FROM task_group_count_expected())""");
		if (!differ.isEmpty()) {
			throw new IllegalStateException("group counters differ from the links: " + differ);
		}
	}

	static final int CREATIONS = 400;

	/**
	 * p50 and p95 ms per transaction, and transactions per second, of creating one task offered to reception (the task
	 * row and its candidate link, each transaction on its own) with the counter triggers and without them.
	 */
	private Map<String, double[]> taskCreation(JdbcTemplate jdbc, String template) {
		String task = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class, template);
		List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = "
				+ "'act_ru_task' AND table_schema = current_schema() AND column_name <> 'id_' ORDER BY ordinal_position", String.class);
		String insertTask = "INSERT INTO ACT_RU_TASK (ID_, " + String.join(", ", columns) + ") SELECT ?, "
				+ String.join(", ", columns) + " FROM ACT_RU_TASK WHERE ID_ = '" + task + "'";
		Map<String, double[]> figures = new LinkedHashMap<>();
		for (boolean triggers : List.of(true, false)) {
			if (!triggers) {
				jdbc.execute("ALTER TABLE ACT_RU_IDENTITYLINK DISABLE TRIGGER USER");
			}
			for (int threads : List.of(1, 4)) {
				String name = (triggers ? "with counters" : "without counters") + ", " + threads + (threads == 1 ? " thread" : " threads");
				figures.put(name, create(insertTask, threads));
				double[] f = figures.get(name);
				System.out.printf(Locale.ROOT, "  task creation %-28s p50 %6.2f ms  p95 %6.2f ms  %6.0f tasks/s%n", name, f[0], f[1], f[2]);
			}
			// the created tasks go as they came: with the triggers if they were counted
			jdbc.update("DELETE FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ LIKE 'bench-create-%'");
			jdbc.update("DELETE FROM ACT_RU_TASK WHERE ID_ LIKE 'bench-create-%'");
			if (!triggers) {
				jdbc.execute("ALTER TABLE ACT_RU_IDENTITYLINK ENABLE TRIGGER USER");
			}
		}
		checkCounters(jdbc);
		return figures;
	}

	private double[] create(String insertTask, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Future<List<Double>>> runs = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				runs.add(pool.submit(() -> {
					List<Double> millis = new ArrayList<>();
					try (Connection connection = dataSource.getConnection();
							PreparedStatement taskRow = connection.prepareStatement(insertTask);
							PreparedStatement link = connection.prepareStatement("INSERT INTO ACT_RU_IDENTITYLINK "
									+ "(ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) VALUES (?, 1, 'reception', 'candidate', ?)")) {
						connection.setAutoCommit(false);
						for (int i = 0; i < CREATIONS / threads; i++) {
							long begin = System.nanoTime();
							String id = "bench-create-" + UUID.randomUUID();
							taskRow.setString(1, id);
							taskRow.executeUpdate();
							link.setString(1, UUID.randomUUID().toString());
							link.setString(2, id);
							link.executeUpdate();
							connection.commit();
							millis.add((System.nanoTime() - begin) / 1e6);
						}
						connection.setAutoCommit(true);
					}
					catch (SQLException e) {
						throw new IllegalStateException(e);
					}
					return millis;
				}));
			}
			List<Double> all = new ArrayList<>();
			for (Future<List<Double>> run : runs) {
				all.addAll(run.get());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return new double[] { Benchmarks.percentile(sorted, 50), Benchmarks.percentile(sorted, 95), sorted.length / seconds };
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private org.camunda.bpm.engine.task.TaskQuery groupTasks() {
		return taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks();
	}

	/** The figures mean something only if the queries found what was seeded (the count unless it timed out). */
	private void check(int size, String copiedKey, String lastReal, String realNationalId, boolean countAnswered) {
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION));
		try {
			long count = countAnswered ? groupTasks().count() : size;
			if (count != size) {
				throw new IllegalStateException("reception1 sees " + count + " tasks of " + size);
			}
			List<Task> found = groupTasks().processInstanceBusinessKey(copiedKey).list();
			List<Task> real = groupTasks().processVariableValueEquals("nationalId", realNationalId).list();
			if (found.size() != 1 || real.size() != 1 || groupTasks().processInstanceBusinessKey(lastReal).count() != 1) {
				throw new IllegalStateException("searches found " + found.size() + " and " + real.size());
			}
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Map<String, double[]> measure(List<Query> queries) {
		Map<String, double[]> figures = new LinkedHashMap<>();
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION));
		try {
			for (Query query : queries) {
				figures.put(query.name(), time(query));
				double[] f = figures.get(query.name());
				System.out.printf(Locale.ROOT, "  %-40s p50 %9.1f ms  p95 %9.1f ms  (%d runs)%n", query.name(), f[0], f[1], (int) f[2]);
			}
		}
		finally {
			identityService.clearAuthentication();
		}
		return figures;
	}

	/** p50, p95 and the number of runs; a query PostgreSQL cancelled after a minute is reported as infinite. */
	private double[] time(Query query) {
		List<Double> millis = new ArrayList<>();
		try {
			double first = timeOnce(query);
			int runs = first > SLOW_MILLIS ? 2 : RUNS;
			if (first <= SLOW_MILLIS) {
				for (int i = 0; i < WARM_UP; i++) {
					timeOnce(query);
				}
			}
			else {
				millis.add(first);
			}
			for (int i = 0; i < runs; i++) {
				millis.add(timeOnce(query));
			}
		}
		catch (ProcessEngineException e) {
			if (!timedOut(e)) {
				throw e;
			}
			return new double[] { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, millis.size() };
		}
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new double[] { Benchmarks.percentile(sorted, 50), Benchmarks.percentile(sorted, 95), sorted.length };
	}

	private static boolean timedOut(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains("canceling statement due to statement timeout")) {
				return true;
			}
		}
		return false;
	}

	private static double timeOnce(Query query) {
		long start = System.nanoTime();
		query.run().get();
		return (System.nanoTime() - start) / 1e6;
	}


	private void report(Map<Integer, Map<String, double[]>> results, Map<String, double[]> creation) throws IOException {
		String mapping = engine.getSqlSessionFactory().getConfiguration().getMappedStatement(
				engine.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria")).getResource();
		StringBuilder table = new StringBuilder();
		table.append("Reception's task lists as reception1 (authorization on), PostgreSQL, ").append(LocalDate.now())
			.append(", task query mapping: ").append(mapping).append("\n\n");
		table.append("| query (ms, p50 / p95) |");
		results.keySet().forEach(size -> table.append(String.format(Locale.ROOT, " %,d open requests |", size)));
		table.append("\n|---|").append("---:|".repeat(results.size())).append('\n');
		for (String query : results.values().iterator().next().keySet()) {
			table.append("| ").append(query).append(" |");
			for (Map<String, double[]> figures : results.values()) {
				double[] f = figures.get(query);
				table.append(' ').append(millis(f[0])).append(" / ").append(millis(f[1]))
					.append(f[2] < RUNS ? " (" + (int) f[2] + " runs)" : "").append(" |");
			}
			table.append('\n');
		}
		table.append(String.format(Locale.ROOT, "%nCreating a task offered to reception (task row and candidate link, one "
				+ "transaction each, %d in all) with %,d open requests%n%n| | p50 ms | p95 ms | tasks/s |%n|---|---:|---:|---:|%n",
				CREATIONS, results.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)));
		creation.forEach((name, f) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f |%n", name, f[0], f[1], f[2])));
		Path file = Path.of("target", "benchmark", "task-lists.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, table);
		System.out.println("\n" + table);
	}

	private static String millis(double value) {
		return Double.isInfinite(value) ? "> 60 s (timeout)" : String.format(Locale.ROOT, value < 100 ? "%.1f" : "%,.0f", value);
	}

	static String businessKey(int n) {
		return RuntimeCopies.businessKey(n);
	}

	static String nationalId(int n) {
		return RuntimeCopies.nationalId(n);
	}

	static {
		// databases of earlier benchmark runs, once nobody is connected to them
		TestDatabase.dropAbandonedDatabases("masar_bench_");
	}

}
