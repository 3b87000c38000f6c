package sa.org.hayaniyah.masar.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
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

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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
 * A burst of SLA timers (issue 22): {@code benchmark.timers} (10,000) requests wait at social research with R5's
 * two-week deadline pending ("انقضت مهلة الأسبوعين": records the breach, queues the apology, opens a supervisor's
 * follow-up task); the committee reminder at day 10 has already been sent, as it would have been. Four receptionists
 * meanwhile start requests from the start form, list reception's tasks and claim and complete "استقبال المستفيد" (the
 * verification job that follows is the job executor's). First {@code benchmark.normal-seconds} (60) with no timer due,
 * then the engine clock moves past the deadline, so every timer is due at once, and the application's own job
 * executor (its settings from application.yaml, real acquisition) fires them while the users go on: the time until no
 * deadline timer is left, and the users' p50 / p95 then against before. Not a test:
 * {@code ./mvnw -B test -Pbenchmark -Dtest=TimerBurstBenchmark}; prints the table and writes
 * {@code target/benchmark/timer-burst.md}. A job executor setting to try on top:
 * {@code -Dbenchmark.properties="camunda.bpm.job-execution.max-jobs-per-acquisition=10;..."}.
 * <p>
 * One request is real (walked to social research, its reminder fired); the rest are copies of its runtime rows made in
 * SQL ({@link RuntimeCopies}: executions, task, links, authorizations, variables, its timer job with the same due
 * date), each with a support request row of its own, so every breach and apology is recorded against its own request.
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class TimerBurstBenchmark {

	static final int TIMERS = Integer.getInteger("benchmark.timers", 10_000);

	static final int USERS = Integer.getInteger("benchmark.users", 4);

	static final int NORMAL_SECONDS = Integer.getInteger("benchmark.normal-seconds", 60);

	/** Longer than this and the burst is reported as not finished. */
	static final Duration GIVE_UP = Duration.ofMinutes(Integer.getInteger("benchmark.give-up-minutes", 15));

	static final String DEADLINE = "Event_CommitteeDeadlinePassed";

	/** Timers fired one at a time before the burst (extra copies), for the cost of one timer's own work. */
	static final int SERIAL = 50;

	/** Settings tried on top of the configuration, {@code key=value;key=value}. */
	static final String PROPERTIES = System.getProperty("benchmark.properties", "");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerBenchmarkDatabase(registry);
		for (String setting : PROPERTIES.split(";")) {
			if (setting.contains("=")) {
				registry.add(setting.substring(0, setting.indexOf('=')).strip(), () -> setting.substring(setting.indexOf('=') + 1).strip());
			}
		}
	}

	@Autowired
	JourneyDriver journey;

	@Autowired
	ManagementService managementService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	JdbcTemplate jdbc;

	/** The job executor's threads (the starter's pool). */
	@Autowired
	@Qualifier("camundaTaskExecutor")
	TaskExecutor jobThreads;

	/** Milliseconds of each user call by phase, then by kind of call. */
	final Map<String, Map<String, List<Double>>> calls = new ConcurrentHashMap<>();

	volatile String phase = "warm-up";

	volatile boolean working = true;

	/** When the seeded deadline timers are due. */
	private Instant dueDate;

	@Test
	void timerBurst() throws Exception {
		JobExecutor executor = engine.getJobExecutor();
		executor.shutdown(); // the seeding below runs its jobs itself
		try {
			String jobDefinition = seed();
			List<Double> serial = fireOneByOne(jobDefinition);
			executor.start();
			report(jobDefinition, serial, run(jobDefinition));
		}
		finally {
			working = false;
			ClockUtil.reset();
		}
	}

	/** The real request at social research with only its deadline pending, and its copies; the deadline's job definition. */
	private String seed() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance template = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		journey.runJobs(template);
		journey.receive(template, TestApplicants.applicantData(nationalId));
		journey.declare(template);
		// the reminder at day 10 went out long before the deadline is near
		ClockUtil.offset(Duration.ofDays(10).plusMinutes(1).toMillis());
		journey.fireTimer(template, "Event_CommitteeReminderDue");
		ClockUtil.reset();
		Job deadline = managementService.createJobQuery().processInstanceId(template.getId()).timers().singleResult();
		if (deadline == null || !jdbc.queryForObject("SELECT ACT_ID_ FROM ACT_RU_JOBDEF WHERE ID_ = ?", String.class,
				deadline.getJobDefinitionId()).equals(DEADLINE)) {
			throw new IllegalStateException("the template request does not wait for its deadline alone: " + deadline);
		}
		long requestId = journey.variable(template, JourneyVariables.SUPPORT_REQUEST_ID);
		long start = System.nanoTime();
		int copies = TIMERS + SERIAL - 1;
		for (int from = 1; from <= copies; from += 2_000) {
			int to = Math.min(copies, from + 1_999);
			copySupportRequest(requestId, from, to);
			RuntimeCopies.copy(jdbc, template.getId(), from, to, TimerBurstBenchmark::ownSupportRequest);
		}
		jdbc.execute("ANALYZE");
		System.out.printf(Locale.ROOT, "seeded %,d requests waiting for their deadline in %.1f s%n", TIMERS,
				(System.nanoTime() - start) / 1e9);
		if (remaining(deadline.getJobDefinitionId()) != TIMERS + SERIAL) {
			throw new IllegalStateException("seeded " + remaining(deadline.getJobDefinitionId()) + " deadline timers");
		}
		dueDate = deadline.getDuedate().toInstant();
		return deadline.getJobDefinitionId();
	}

	/** The timer's own work: {@link #SERIAL} of them fired through the engine API one after the other, nothing else running. */
	private List<Double> fireOneByOne(String jobDefinition) {
		ClockUtil.offset(Duration.between(Instant.now(), dueDate).plusMinutes(1).toMillis());
		try {
			List<Double> millis = new ArrayList<>();
			for (Job job : managementService.createJobQuery().jobDefinitionId(jobDefinition).listPage(0, SERIAL)) {
				long start = System.nanoTime();
				managementService.executeJob(job.getId());
				millis.add((System.nanoTime() - start) / 1e6);
			}
			return millis.subList(5, millis.size()); // the first few warm the caches
		}
		finally {
			ClockUtil.reset();
		}
	}

	/** Copy n's support request: the template's row with copy n's reference, national ID and process instance. */
	private void copySupportRequest(long requestId, int from, int to) {
		List<String> columns = RuntimeCopies.columns(jdbc, "support_request");
		String values = columns.stream().map(column -> switch (column) {
			case "reference_number" -> "'HY-BENCH-' || lpad(n::text, 7, '0')";
			case "national_id" -> "'19' || lpad(n::text, 8, '0')";
			case "open_national_id" -> "CASE WHEN T.open_national_id IS NULL THEN NULL ELSE '19' || lpad(n::text, 8, '0') END";
			case "process_instance_id" -> RuntimeCopies.copiedId("T.process_instance_id");
			default -> "T." + column;
		}).collect(Collectors.joining(", "));
		jdbc.update("INSERT INTO support_request (" + String.join(", ", columns) + ") SELECT " + values
				+ " FROM support_request T, generate_series(" + from + ", " + to + ") n WHERE T.id = " + requestId);
	}

	private static String ownSupportRequest(String table, String column, String copied) {
		String own = "(SELECT r.id FROM support_request r WHERE r.reference_number = 'HY-BENCH-' || lpad(n::text, 7, '0'))";
		if (table.equals("ACT_RU_VARIABLE") && column.equals("long_")) {
			return "CASE WHEN T.name_ = 'supportRequestId' THEN " + own + " ELSE T.long_ END";
		}
		if (table.equals("ACT_RU_VARIABLE") && column.equals("text_")) {
			return "CASE WHEN T.name_ = 'supportRequestId' THEN " + own + "::text ELSE " + copied + " END";
		}
		return copied;
	}

	private long remaining(String jobDefinition) {
		return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB WHERE JOB_DEF_ID_ = ?", Long.class, jobDefinition);
	}

	/** What happened: [seconds until every timer fired (NaN if not within the limit)], fire progress, meters. */
	private record Burst(double seconds, List<String> progress, Map<String, Long> meters, long incidents, long failedJobs,
			long breaches, long apologies, long followUps, long verificationsWaiting) {
	}

	private Burst run(String jobDefinition) throws Exception {
		ExecutorService users = Executors.newFixedThreadPool(USERS);
		List<Future<?>> futures = new ArrayList<>();
		for (int u = 0; u < USERS; u++) {
			String user = u % 2 == 0 ? "reception1" : "reception2";
			futures.add(users.submit(() -> {
				while (working) {
					work(user);
				}
				return null;
			}));
		}
		try {
			Thread.sleep(10_000); // warm-up: not counted
			phase = "normal";
			Thread.sleep(NORMAL_SECONDS * 1000L);
			failIfStopped(futures);

			Map<String, Long> metersBefore = meters();
			phase = "burst";
			ClockUtil.offset(Duration.between(Instant.now(), dueDate).plusMinutes(1).toMillis());
			long start = System.nanoTime();
			List<String> progress = new ArrayList<>();
			long left = TIMERS;
			long nextSample = start;
			while (left > 0 && System.nanoTime() - start < GIVE_UP.toNanos()) {
				Thread.sleep(500);
				failIfStopped(futures);
				left = remaining(jobDefinition);
				if (System.nanoTime() >= nextSample) {
					progress.add(String.format(Locale.ROOT, "%.0f s: %,d (load %s)", (System.nanoTime() - start) / 1e9, TIMERS - left,
							Benchmarks.loadAverage()));
					System.out.println("timers fired after " + progress.get(progress.size() - 1));
					nextSample += 10_000_000_000L;
				}
			}
			double seconds = left == 0 ? (System.nanoTime() - start) / 1e9 : Double.NaN;
			phase = "after";
			Map<String, Long> meters = meters();
			meters.replaceAll((name, value) -> value - metersBefore.get(name));
			working = false;
			for (Future<?> future : futures) {
				future.get();
			}
			return new Burst(seconds, progress, meters, count("SELECT count(*) FROM ACT_RU_INCIDENT"),
					count("SELECT count(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL"),
					count("SELECT count(*) FROM sla_breach"), count("SELECT count(*) FROM sla_breach WHERE apology_sent_at IS NOT NULL"),
					count("SELECT count(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_FollowUpOverdueRequest'"),
					count("SELECT count(*) FROM ACT_RU_JOB J JOIN ACT_RU_JOBDEF D ON D.ID_ = J.JOB_DEF_ID_ "
							+ "WHERE D.ACT_ID_ = 'Task_VerifyApplicantData'"));
		}
		finally {
			working = false;
			users.shutdownNow();
		}
	}

	private static void failIfStopped(List<Future<?>> futures) throws Exception {
		for (Future<?> future : futures) {
			if (future.isDone()) {
				future.get(); // a user's call failed: its exception
				throw new IllegalStateException("a user stopped");
			}
		}
	}

	/** One receptionist's round as in Tasklist: a request from the start form, the group list, receiving it. */
	private void work(String user) {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = timed("start (start form)",
				() -> journey.startAtOffice(user, TestApplicants.startForm("C1", nationalId)));
		timed("reception's task list (page of 15)", () -> journey.groupTasks(user, Roles.RECEPTION, 15));
		timed("claim and complete reception", () -> {
			journey.claimAndComplete(instance, "Task_ReceiveBeneficiary", user, TestApplicants.applicantData(nationalId));
			return null;
		});
	}

	private <T> T timed(String kind, Supplier<T> call) {
		String during = phase;
		long start = System.nanoTime();
		T result = call.get();
		double millis = (System.nanoTime() - start) / 1e6;
		// a call that began before the clock moved belongs to the phase it began in
		calls.computeIfAbsent(during, p -> new ConcurrentHashMap<>())
			.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
		return result;
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	/** The engine's job meters, as counted in memory since they were last written to the database. */
	private Map<String, Long> meters() {
		Map<String, Long> meters = new LinkedHashMap<>();
		for (String name : List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE,
				Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE)) {
			Meter meter = engine.getMetricsRegistry().getDbMeterByName(name);
			meters.put(name, meter == null ? 0 : meter.get());
		}
		return meters;
	}

	private void report(String jobDefinition, List<Double> serial, Burst burst) throws IOException {
		ThreadPoolTaskExecutor pool = jobThreads instanceof ThreadPoolTaskExecutor threads ? threads : null;
		JobExecutor executor = engine.getJobExecutor();
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "Timer burst, PostgreSQL %s, %s, %d processors, load average %s; job executor: "
				+ "%d jobs per acquisition, lock time %d ms, wait %d ms (max %d ms), threads %s; settings tried: %s%n%n",
				jdbc.queryForObject("SHOW server_version", String.class), LocalDateTime.now().withNano(0),
				Runtime.getRuntime().availableProcessors(), Benchmarks.loadAverage(), executor.getMaxJobsPerAcquisition(),
				executor.getLockTimeInMillis(), executor.getWaitTimeInMillis(), executor.getMaxWait(),
				pool == null ? "?" : pool.getCorePoolSize() + " to " + pool.getMaxPoolSize() + ", queue " + pool.getQueueCapacity(),
				PROPERTIES.isBlank() ? "none" : PROPERTIES));
		report.append(String.format(Locale.ROOT, "%,d requests at social research with the two-week deadline (%s) pending; "
				+ "%d receptionists working throughout (%d s before the clock moved).%n%n", TIMERS, DEADLINE, USERS, NORMAL_SECONDS));
		report.append(String.format(Locale.ROOT, "**Every timer fired in %s** (target 120 s); progress (fired): %s.%n%n",
				Double.isNaN(burst.seconds()) ? "— not within " + GIVE_UP.toMinutes() + " minutes"
						: String.format(Locale.ROOT, "%.1f s, %.0f timers/s", burst.seconds(), TIMERS / burst.seconds()),
				String.join("; ", burst.progress())));
		double[] one = Benchmarks.p50AndP95(serial);
		report.append(String.format(Locale.ROOT, "One timer's own work (%d fired one after the other through the engine API "
				+ "before the burst, nothing else running): p50 %.1f ms, p95 %.1f ms; %,d of them take %.0f s of one thread.%n%n",
				serial.size(), one[0], one[1], TIMERS, TIMERS * one[0] / 1000));
		report.append(String.format(Locale.ROOT, "After: %d incidents, %d jobs with a failure, %,d breaches recorded, %,d "
				+ "apologies recorded, %,d follow-up tasks for supervisors, %,d verification jobs of the users' requests "
				+ "still waiting. Job meters during the burst: %s%n%n", burst.incidents(), burst.failedJobs(), burst.breaches(),
				burst.apologies(), burst.followUps(), burst.verificationsWaiting(), burst.meters()));
		report.append("| user call (ms) | normal: calls | p50 | p95 | burst: calls | p50 | p95 | p95 burst ÷ normal |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---:|\n");
		Map<String, List<Double>> normal = calls.getOrDefault("normal", Map.of());
		Map<String, List<Double>> during = calls.getOrDefault("burst", Map.of());
		List<Double> allNormal = new ArrayList<>();
		List<Double> allBurst = new ArrayList<>();
		for (String kind : new TreeMap<>(normal).keySet()) {
			List<Double> n = normal.get(kind);
			List<Double> b = during.getOrDefault(kind, List.of());
			allNormal.addAll(n);
			allBurst.addAll(b);
			report.append(row(kind, n, b));
		}
		report.append(row("**every call**", allNormal, allBurst));
		Path file = Path.of("target", "benchmark", "timer-burst.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println("\n" + report);
		if (burst.incidents() > 0 || burst.failedJobs() > 0) {
			throw new IllegalStateException("the burst left incidents or failed jobs: see " + file);
		}
	}

	private static String row(String kind, List<Double> normal, List<Double> burst) {
		double[] n = normal.isEmpty() ? new double[] { Double.NaN, Double.NaN } : Benchmarks.p50AndP95(normal);
		double[] b = burst.isEmpty() ? new double[] { Double.NaN, Double.NaN } : Benchmarks.p50AndP95(burst);
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d | %.1f | %.1f | %.2f |%n", kind, normal.size(), n[0], n[1],
				burst.size(), b[0], b[1], b[1] / n[1]);
	}

	static {
		TestDatabase.dropAbandonedDatabases("masar_bench_");
	}

}
