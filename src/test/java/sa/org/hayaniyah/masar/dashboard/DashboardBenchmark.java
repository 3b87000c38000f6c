package sa.org.hayaniyah.masar.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.org.hayaniyah.masar.Benchmarks;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * The supervisors' figures at 100,000 finished requests on PostgreSQL (issue 24). Not a test: run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=DashboardBenchmark}; it prints the table and writes it to
 * {@code target/benchmark/dashboard.md}.
 * <p>
 * The history is written in SQL: 100,000 requests submitted through 2025 (one every 315 s, channels C1–C8 in turn),
 * each with its final committee decision 3 to 17 days after submission, its finished process instance in
 * {@code ACT_HI_PROCINST} and 19 activity instances in {@code ACT_HI_ACTINST} (1.9 million rows: start, reception,
 * verification, declaration, research, the committee's multi-instance body and three votes, delivery, the survey call,
 * end ...) with durations drawn from a hash; 60,000 surveys, 1,000 open recovery cases, 20,000 inquiries of which 300
 * are overdue. Then 24 real journeys are started through the engine and left open at reception, in research and at the
 * committee (some past their deadline), so the open-work queries have runtime rows to read. The history written in SQL
 * gets its kept figures ({@link KeptFigures}) from the fill the application runs once over the history before it kept
 * them (timed). {@code VACUUM ANALYZE} of the kept tables and {@code ANALYZE} after seeding (this machine's PostgreSQL
 * runs without autovacuum).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBenchmark {

	static final int REQUESTS = Integer.getInteger("benchmark.requests", 100_000);

	static final int WARM_UP = 3;

	static final int RUNS = 20;

	/** Activities of a finished journey, in order, with their type; times and durations come from a hash of n. */
	static final String[][] ACTIVITIES = { { "StartEvent_RequestReceived", "startEvent" },
			{ "Task_RegisterSupportRequest", "serviceTask" }, { "Task_ReceiveBeneficiary", "userTask" },
			{ "Task_VerifyApplicantData", "serviceTask" }, { "Task_RecordApplicantDeclaration", "userTask" },
			{ "Task_InformApplicantOfTimeline", "sendTask" }, { "SubProcess_StudyAndDecide", "subProcess" },
			{ "Task_ConductSocialResearch", "userTask" }, { "Task_CheckDeclarationStillValid", "serviceTask" },
			{ "Task_DecideOnSupportRequest#multiInstanceBody", "multiInstanceBody" },
			{ "Task_DecideOnSupportRequest", "userTask" }, { "Task_DecideOnSupportRequest", "userTask" },
			{ "Task_DecideOnSupportRequest", "userTask" }, { "Task_TallyCommitteeVotes", "serviceTask" },
			{ "Task_NotifyDecision", "sendTask" }, { "Task_CompleteBeneficiaryRegistration", "serviceTask" },
			{ "Task_DeliverService", "userTask" }, { "CallActivity_ServiceSurvey", "callActivity" },
			{ "EndEvent_Served", "noneEndEvent" } };

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		sa.org.hayaniyah.masar.TestDatabase.registerBenchmarkDatabase(registry);
	}

	@Autowired
	SupervisorDashboard dashboard;

	@Autowired
	OperationsMetrics metrics;

	@Autowired
	KeptFigures kept;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	JourneyDriver journey;

	@Autowired
	DataSource dataSource;

	@Test
	void dashboardAt100000FinishedRequests() throws IOException {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long start = System.nanoTime();
		seedHistory(jdbc);
		openWork();
		System.out.printf(Locale.ROOT, "seeded %,d finished requests (%,d activity instances) in %.1f s%n", REQUESTS,
				jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST", Long.class), (System.nanoTime() - start) / 1e9);
		// the seeded history was written in SQL, past the application: its kept figures come from the fill that the
		// first start of the version that keeps them runs over the history already there
		long fillStart = System.nanoTime();
		kept.fill();
		double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
		System.out.printf(Locale.ROOT, "filled the kept figures from that history in %.1f s (%,d stage times)%n", fillSeconds,
				jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_stage_time", Long.class));
		// autovacuum, off on this machine's PostgreSQL, would have set the kept tables' visibility maps by now
		jdbc.execute("VACUUM ANALYZE dashboard_stage_time");
		jdbc.execute("VACUUM ANALYZE dashboard_decision_day");
		jdbc.execute("VACUUM ANALYZE dashboard_channel_day");
		jdbc.execute("ANALYZE");

		LocalDate yearFrom = LocalDate.of(2025, 1, 1);
		LocalDate yearTo = LocalDate.of(2025, 12, 31);
		LocalDate monthFrom = LocalDate.of(2025, 6, 1);
		LocalDate monthTo = LocalDate.of(2025, 6, 30);
		Instant now = Instant.now();
		check(yearFrom, yearTo);
		List<Benchmarks.Query> queries = List.of(
				new Benchmarks.Query("whole dashboard, a year (GET /api/dashboard)", () -> dashboard.compute(yearFrom, yearTo)),
				new Benchmarks.Query("whole dashboard, a month", () -> dashboard.compute(monthFrom, monthTo)),
				new Benchmarks.Query("time per stage (median, 90th), a year", () -> dashboard.stageTimes(yearFrom, yearTo.plusDays(1))),
				new Benchmarks.Query("time per stage (median, 90th), a month", () -> dashboard.stageTimes(monthFrom, monthTo.plusDays(1))),
				new Benchmarks.Query("decisions within the deadline per month, a year",
						() -> dashboard.decisionsByMonth(yearFrom, yearTo.plusDays(1))),
				new Benchmarks.Query("requests by channel, a year", () -> dashboard.byChannel(yearFrom, yearTo.plusDays(1))),
				new Benchmarks.Query("open requests per stage with age (now)", () -> dashboard.openByStage(now)),
				new Benchmarks.Query("metrics snapshot (every gauge of one scrape)", () -> {
					metrics.refresh();
					return metrics.snapshot();
				}));
		Map<String, double[]> figures = new LinkedHashMap<>();
		for (Benchmarks.Query query : queries) {
			List<Double> millis = Benchmarks.time(query, WARM_UP, RUNS);
			figures.put(query.name(), Benchmarks.p50AndP95(millis));
			System.out.printf(Locale.ROOT, "  %-50s p50 %8.1f ms  p95 %8.1f ms%n", query.name(), figures.get(query.name())[0],
					figures.get(query.name())[1]);
		}
		String plan = String.join("\n", jdbc.queryForList("""
				EXPLAIN ANALYZE SELECT stage, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY spent_ms),
				  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY spent_ms)
				FROM dashboard_stage_time WHERE ended_at >= '2025-01-01' AND ended_at < '2026-01-01' GROUP BY stage""",
				String.class));
		Benchmarks.writeTable("dashboard.md", String.format(Locale.ROOT, "Supervisors' figures at %,d finished requests "
				+ "(kept figures filled from the seeded history in %.1f s)", REQUESTS, fillSeconds), RUNS, WARM_UP, "query",
				figures, "A year's stage times from the kept rows, the plan", plan);
	}

	/** The figures mean something only if the queries see what was seeded. */
	private void check(LocalDate from, LocalDate to) {
		SupervisorDashboard.Dashboard d = dashboard.compute(from, to);
		int decided = d.decisionsByMonth().stream().mapToInt(SupervisorDashboard.MonthDecisions::decided).sum();
		int requests = d.byChannel().stream().mapToInt(SupervisorDashboard.ChannelCount::requests).sum();
		int timed = d.stageTimes().stream().filter(t -> t.stage().equals("COMMITTEE")).findFirst().orElseThrow().requests();
		System.out.printf(Locale.ROOT, "check: %,d decisions, %,d requests by channel, %,d committee stages timed, "
				+ "%d past the deadline, %d open recovery cases, %d overdue inquiries%n", decided, requests, timed,
				d.deadline().past(), d.recovery().open(), d.inquiries().overdue());
		// requests of late December are decided, and their stages end, in January of the next year
		require(requests == REQUESTS && decided > REQUESTS * 0.95 && decided <= REQUESTS && timed > REQUESTS * 0.95
				&& timed <= REQUESTS, "the year's figures count the year's requests");
		require(d.deadline().past() >= 8 && d.recovery().open() == 1000 && d.inquiries().overdue() == 300,
				"the live figures see the seeded open work");
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("benchmark set-up is wrong: " + what);
		}
	}

	private void seedHistory(JdbcTemplate jdbc) {
		String definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(JourneyStage.PROCESS)
			.latestVersion()
			.singleResult()
			.getId();
		for (int from = 1; from <= REQUESTS; from += 10_000) {
			int to = Math.min(REQUESTS, from + 9_999);
			jdbc.update("""
					INSERT INTO support_request (reference_number, channel, national_id, applicant_name, mobile, support_type,
					  status, submitted_at, committee_deadline, closed_at)
					SELECT 'HY-B-' || lpad(n::text, 7, '0'), 'C' || (1 + n % 8), '18' || lpad(n::text, 8, '0'), 'مستفيد',
					  '+9665' || lpad(n::text, 8, '0'), CASE WHEN n % 2 = 0 THEN 'FOOD_BASKET' ELSE 'CASH_ASSISTANCE' END,
					  CASE WHEN n % 10 = 0 THEN 'REJECTED' ELSE 'SERVED' END,
					  timestamp '2025-01-01 08:00' + n * interval '315 seconds',
					  timestamp '2025-01-15 08:00' + n * interval '315 seconds',
					  timestamp '2025-01-31 08:00' + n * interval '315 seconds'
					FROM generate_series(?, ?) n""", from, to);
			jdbc.update("""
					INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
					  END_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)
					SELECT 'bench-' || n, 'bench-' || n, 'HY-B-' || lpad(n::text, 7, '0'), 'beneficiary-journey', ?,
					  timestamp '2025-01-01 08:00' + n * interval '315 seconds',
					  timestamp '2025-01-31 08:00' + n * interval '315 seconds', 30 * 86400000::bigint,
					  'StartEvent_RequestReceived', 'EndEvent_Served', 'bench-' || n, 'COMPLETED'
					FROM generate_series(?, ?) n""", definition, from, to);
			// activity k starts k x (hash-drawn 1 to 21 hours) after submission and lasts up to 2 days (the committee's
			// body and the research longer), so every stage has a spread of durations
			StringBuilder values = new StringBuilder();
			for (int k = 0; k < ACTIVITIES.length; k++) {
				values.append(k == 0 ? "" : ", ").append("(").append(k).append(", '").append(ACTIVITIES[k][0]).append("', '")
					.append(ACTIVITIES[k][1]).append("')");
			}
			jdbc.update("""
					INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
					  ACT_ID_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
					SELECT 'bench-' || n || '-' || a.k, 'beneficiary-journey', ?, 'bench-' || n, 'bench-' || n, 'bench-' || n,
					  a.act_id, a.act_type, s.started, s.started + s.lasts * interval '1 millisecond', s.lasts, 1, a.k
					FROM generate_series(?, ?) n
					CROSS JOIN (VALUES %s) AS a (k, act_id, act_type)
					CROSS JOIN LATERAL (SELECT timestamp '2025-01-01 08:00' + n * interval '315 seconds'
					    + a.k * (1 + mod(hashint4(n)::bigint + 2147483648, 21)) * interval '1 hour' AS started,
					  (CASE WHEN a.act_type = 'userTask' OR a.act_type = 'multiInstanceBody' THEN 8 ELSE 1 END)
					    * mod(hashint4(n * 31 + a.k)::bigint + 2147483648, 21600000) AS lasts) s""".formatted(values),
					definition, from, to);
			jdbc.update("""
					INSERT INTO committee_decision (request_id, round, outcome, decided_by, approve_votes, reject_votes,
					  return_votes, decided_at)
					SELECT r.id, 1, CASE WHEN r.status = 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END, 'COMMITTEE', 3, 0, 0,
					  r.submitted_at + (3 + mod(hashint4(r.id::int)::bigint + 2147483648, 15)) * interval '1 day'
					FROM support_request r
					WHERE r.reference_number BETWEEN ? AND ?""", reference(from), reference(to));
		}
		jdbc.update("""
				INSERT INTO survey (token, subject, service, channel, reference_number, sent_at, status, answered_at, overall)
				SELECT 'bench-' || n, 'SERVICE', CASE WHEN n % 2 = 0 THEN 'FOOD_BASKET' ELSE 'CASH_ASSISTANCE' END,
				  'C' || (1 + n % 8), 'HY-B-' || lpad(n::text, 7, '0'), timestamp '2025-01-20 08:00' + n * interval '500 seconds',
				  CASE WHEN n % 3 = 0 THEN 'NO_ANSWER' ELSE 'ANSWERED' END,
				  CASE WHEN n % 3 = 0 THEN NULL ELSE timestamp '2025-01-21 08:00' + n * interval '500 seconds' END,
				  CASE WHEN n % 3 = 0 THEN NULL ELSE 1 + mod(hashint4(n)::bigint + 2147483648, 5) END
				FROM generate_series(1, 60000) n""");
		jdbc.update("""
				INSERT INTO service_recovery (survey_id, reason, opened_at, closed_at)
				SELECT id, 'LOW_SCORE', answered_at, CASE WHEN rn <= 1000 THEN NULL ELSE answered_at + interval '2 days' END
				FROM (SELECT id, answered_at, ROW_NUMBER() OVER (ORDER BY id) AS rn
				  FROM survey WHERE token LIKE 'bench-%' AND overall <= 2 ORDER BY id LIMIT 3000) low""");
		jdbc.update("""
				INSERT INTO inquiry (reference_number, channel, kind, question, person_name, received_at, due_at, routed_to,
				  answer, answered_at, status)
				SELECT 'HY-Q-B-' || lpad(n::text, 6, '0'), 'C2', 'STATUS', 'متى يصدر القرار؟', 'سائل',
				  timestamp '2025-01-01 08:00' + n * interval '1500 seconds', timestamp '2025-01-03 08:00' + n * interval '1500 seconds',
				  'RECEPTION', CASE WHEN n <= 300 THEN NULL ELSE 'أُجيب' END,
				  CASE WHEN n <= 300 THEN NULL ELSE timestamp '2025-01-02 08:00' + n * interval '1500 seconds' END,
				  CASE WHEN n <= 300 THEN 'OPEN' ELSE 'ANSWERED' END
				FROM generate_series(1, 20000) n""");
	}

	/** Real journeys left open: 8 at reception, 8 in research, 8 at the committee 16 days after submission. */
	private void openWork() {
		try {
			for (int i = 0; i < 8; i++) {
				journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
				String nationalId = TestApplicants.nationalId();
				var researching = journey.startAtOffice("reception1", TestApplicants.startForm("C2", nationalId));
				journey.receive(researching, TestApplicants.applicantData(nationalId));
				journey.declare(researching);
				ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(16))));
				journey.toCommittee(TestApplicants.nationalId());
				ClockUtil.reset();
			}
		}
		finally {
			ClockUtil.reset();
		}
	}

	private static String reference(int n) {
		return String.format(Locale.ROOT, "HY-B-%07d", n);
	}


}
