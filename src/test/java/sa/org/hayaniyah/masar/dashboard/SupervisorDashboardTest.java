package sa.org.hayaniyah.masar.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.ChannelCount;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.Dashboard;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.LateRequest;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.MonthDecisions;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.OpenStage;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.OverdueInquiry;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.RecoveryCase;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.Satisfaction;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.StageTime;

/**
 * Every figure of the supervisors' dashboard over a seeded history whose answers are worked out by hand. Requests are
 * real journeys driven through the engine with {@code ClockUtil} (no waiting): the engine's history gets the times
 * below, and the committee's decisions their {@code decided_at}. Surveys, recovery cases and inquiries are rows.
 * <p>
 * The seed lives in 2021, before any other test's clock, so the period figures are this test's alone; the live figures
 * (open per stage, the deadline, recovery, inquiries) are compared with the same figures taken before seeding at the
 * same "now", so other tests' open requests (which, seen from 2021, are not yet submitted) add nothing to the
 * difference.
 * <p>
 * Ten decided requests, submitted at 09:00: received after 1 h, declared after 2 h, researched after 2 days, and decided
 * (three approvals) after D days; the deadline is 14 days.
 * <pre>
 *   March (from 2021-03-01, one a day): channels C1 C1 C2 C4 C8, D = 3 5 8 12 15  -> 4 of 5 in time (80.0 %)
 *   April (from 2021-04-01, one a day): channels C1 C1 C2 C2 C4, D = 6 9 16 13 20 -> 3 of 5 in time (60.0 %)
 *   committee time D - 2 days, sorted: 1 3 4 6 7 10 11 13 14 18
 *     median (7 + 10) / 2 = 8.5 days = 204.0 h; 90th percentile 14 + 0.1 x (18 - 14) = 14.4 days = 345.6 h
 * </pre>
 * Now is Thursday 2021-05-20 12:00. Open: L1 at reception, submitted 2 days ago; L4 in research, 8 days; L2 at the
 * committee, 12 days (deadline in 48 h: near); L3 at the committee, 16 days (deadline 48 h ago: past); the ten wait for
 * delivery (the oldest 80 days).
 */
@MasarIntegrationTest
class SupervisorDashboardTest extends DatabaseTestSupport {

	static final LocalDateTime NOW = LocalDateTime.of(2021, 5, 20, 12, 0);

	static final LocalDate FROM = LocalDate.of(2021, 3, 1);

	static final LocalDate TO = LocalDate.of(2021, 4, 30);

	static final int[] MARCH_DAYS = { 3, 5, 8, 12, 15 };

	static final int[] APRIL_DAYS = { 6, 9, 16, 13, 20 };

	static final String[] MARCH_CHANNELS = { "C1", "C1", "C2", "C4", "C8" };

	static final String[] APRIL_CHANNELS = { "C1", "C1", "C2", "C2", "C4" };

	/** Seeded once per test JVM (one per database). */
	private static Seed seed;

	record Seed(Dashboard before, ProcessInstance nearDeadline, ProcessInstance pastDeadline, String inquiryLate,
			String inquiryJustLate, String recoveryReference) {
	}

	@Autowired
	SupervisorDashboard dashboard;

	@Autowired
	JourneyDriver journey;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	OperationsMetrics metrics;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	@BeforeEach
	void seedOnce() {
		if (seed == null) {
			at(NOW);
			Dashboard before = dashboard.compute(FROM, TO);
			seed = seedHistory(before);
		}
		at(NOW);
	}

	@Test
	void decisionsWithinTheTwoWeeksPerMonth() {
		Dashboard d = dashboard.compute(FROM, TO);
		assertThat(d.decisionsByMonth()).containsExactly(
				new MonthDecisions(YearMonth.of(2021, 3), "مارس 2021", 5, 4, new BigDecimal("80.0")),
				new MonthDecisions(YearMonth.of(2021, 4), "أبريل 2021", 5, 3, new BigDecimal("60.0")));
		// a month without decisions is shown with nothing to divide
		assertThat(dashboard.compute(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30)).decisionsByMonth())
			.containsExactly(new MonthDecisions(YearMonth.of(2021, 6), "يونيو 2021", 0, 0, null));
	}

	@Test
	void medianAndNinetiethPercentileOfEveryStage() {
		Map<String, StageTime> times = byKey(dashboard.compute(FROM, TO).stageTimes(), StageTime::stage);
		assertThat(times.keySet()).containsExactly("RECEPTION", "MISSING_INFORMATION", "DECLARATION", "SOCIAL_RESEARCH",
				"COMMITTEE", "DELIVERY");
		assertThat(times.get("RECEPTION")).isEqualTo(new StageTime("RECEPTION", "استقبال الطلب", 10, hours("1.0"), hours("1.0")));
		// verification runs at once (0 h), the declaration is recorded an hour later
		assertThat(times.get("DECLARATION"))
			.isEqualTo(new StageTime("DECLARATION", "التحقق وإقرار المتقدم", 10, hours("1.0"), hours("1.0")));
		// research task from 2 h to 2 days after submission
		assertThat(times.get("SOCIAL_RESEARCH"))
			.isEqualTo(new StageTime("SOCIAL_RESEARCH", "البحث الاجتماعي", 10, hours("46.0"), hours("46.0")));
		assertThat(times.get("COMMITTEE"))
			.isEqualTo(new StageTime("COMMITTEE", "قرار لجنة البحث", 10, hours("204.0"), hours("345.6")));
		assertThat(times.get("MISSING_INFORMATION").requests()).isZero();
		assertThat(times.get("MISSING_INFORMATION").medianHours()).isNull();
		assertThat(times.get("DELIVERY").requests()).isZero();
		// March alone: committee 1 3 6 10 13 days -> median 6 days = 144.0 h; 90th: 10 + 0.6 x 3 = 11.8 days = 283.2 h
		assertThat(byKey(dashboard.compute(FROM, LocalDate.of(2021, 3, 31)).stageTimes(), StageTime::stage).get("COMMITTEE"))
			.isEqualTo(new StageTime("COMMITTEE", "قرار لجنة البحث", 5, hours("144.0"), hours("283.2")));
	}

	@Test
	void requestsByChannelAllEightWithTheirArabicNames() {
		List<ChannelCount> channels = dashboard.compute(FROM, TO).byChannel();
		assertThat(channels).extracting(ChannelCount::channel).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
		assertThat(channels).extracting(ChannelCount::requests).containsExactly(4, 3, 0, 2, 0, 0, 0, 1);
		assertThat(channels.get(0).label()).isEqualTo("مقابلة شخصية");
		assertThat(channels).allSatisfy(c -> assertThat(c.label()).doesNotMatch("C\\d"));
	}

	@Test
	void openRequestsPerStageWithTheirAge() {
		Map<String, OpenStage> before = byKey(seed.before().openByStage(), OpenStage::stage);
		Map<String, OpenStage> after = byKey(dashboard.compute(FROM, TO).openByStage(), OpenStage::stage);
		// bands: under 7 days, 7-10, 11-13, 14 and more
		assertThat(added(before, after, "RECEPTION")).containsExactly(1, 1, 0, 0, 0);
		assertThat(added(before, after, "SOCIAL_RESEARCH")).containsExactly(1, 0, 1, 0, 0);
		assertThat(added(before, after, "COMMITTEE")).containsExactly(2, 0, 0, 1, 1);
		assertThat(added(before, after, "DELIVERY")).containsExactly(10, 0, 0, 0, 10);
		assertThat(added(before, after, "MISSING_INFORMATION")).containsExactly(0, 0, 0, 0, 0);
		assertThat(added(before, after, "DECLARATION")).containsExactly(0, 0, 0, 0, 0);
		// seen from 2021, other tests' requests are not yet submitted (age 0): the oldest are these
		assertThat(after.get("RECEPTION").oldestDays()).isEqualTo(2);
		assertThat(after.get("SOCIAL_RESEARCH").oldestDays()).isEqualTo(8);
		assertThat(after.get("COMMITTEE").oldestDays()).isEqualTo(16);
		assertThat(after.get("DELIVERY").oldestDays()).isEqualTo(80);
		assertThat(after.get("COMMITTEE").label()).isEqualTo("قرار لجنة البحث");
		assertThat(dashboard.compute(FROM, TO).ageBands()).extracting(SupervisorDashboard.Band::label)
			.containsExactly("أقل من 7 أيام", "من 7 إلى 10 أيام", "من 11 إلى 13 يومًا", "14 يومًا فأكثر (تجاوز المهلة)");
	}

	@Test
	void requestsNearAndPastTheTwoWeekDeadlineWithTheirInstances() {
		Dashboard d = dashboard.compute(FROM, TO);
		assertThat(d.deadline().near() - seed.before().deadline().near()).isEqualTo(1);
		assertThat(d.deadline().past() - seed.before().deadline().past()).isEqualTo(1);
		Map<String, LateRequest> late = byKey(d.deadline().requests(), LateRequest::reference);
		LateRequest past = late.get(seed.pastDeadline().getBusinessKey());
		LateRequest near = late.get(seed.nearDeadline().getBusinessKey());
		assertThat(past).isNotNull();
		assertThat(past.processInstanceId()).isEqualTo(seed.pastDeadline().getId());
		assertThat(past.state()).isEqualTo("PAST");
		assertThat(past.stateLabel()).isEqualTo("تجاوز مهلة الأسبوعين");
		assertThat(past.hoursLeft()).isEqualTo(-48);
		assertThat(past.stageLabel()).isEqualTo("قرار لجنة البحث");
		assertThat(past.channelLabel()).isEqualTo("مقابلة شخصية");
		assertThat(past.deadline()).isEqualTo(LocalDateTime.of(2021, 5, 18, 12, 0));
		assertThat(near.processInstanceId()).isEqualTo(seed.nearDeadline().getId());
		assertThat(near.state()).isEqualTo("NEAR");
		assertThat(near.hoursLeft()).isEqualTo(48);
		// the past one first: the list is ordered by deadline
		assertThat(d.deadline().requests().indexOf(past)).isLessThan(d.deadline().requests().indexOf(near));
		// the ten decided requests are no longer waiting for the committee, however old
		assertThat(d.deadline().requests()).hasSize(seed.before().deadline().requests().size() + 2);
	}

	@Test
	void satisfactionPerServiceAndPerChannel() {
		Dashboard d = dashboard.compute(FROM, TO);
		assertThat(d.satisfactionByService()).containsExactly(
				new Satisfaction("CASH_ASSISTANCE", "مساعدة نقدية", 2, 2, 2, new BigDecimal("100.0"), new BigDecimal("5.00"),
						new BigDecimal("100.0")),
				new Satisfaction("FOOD_BASKET", "سلة غذائية", 5, 3, 2, new BigDecimal("66.7"), new BigDecimal("3.67"),
						new BigDecimal("60.0")));
		assertThat(d.satisfactionByChannel()).containsExactly(
				new Satisfaction("C1", "مقابلة شخصية", 4, 3, 2, new BigDecimal("66.7"), new BigDecimal("3.67"), new BigDecimal("75.0")),
				new Satisfaction("C2", "اتصال هاتفي", 3, 2, 2, new BigDecimal("100.0"), new BigDecimal("5.00"),
						new BigDecimal("66.7")));
	}

	@Test
	void openServiceRecoveryCases() {
		Dashboard d = dashboard.compute(FROM, TO);
		assertThat(d.recovery().open() - seed.before().recovery().open()).isEqualTo(1);
		RecoveryCase open = d.recovery()
			.cases()
			.stream()
			.filter(c -> c.reference().equals(seed.recoveryReference()))
			.findFirst()
			.orElseThrow();
		assertThat(open.reasonLabel()).isEqualTo("تقييم منخفض");
		assertThat(open.serviceLabel()).isEqualTo("سلة غذائية");
		assertThat(open.channelLabel()).isEqualTo("مقابلة شخصية");
		assertThat(open.daysOpen()).isEqualTo(10);
		assertThat(d.recovery().cases()).noneMatch(c -> c.reference().equals("HY-DASH-S2"));
	}

	@Test
	void inquiriesPastTheirTwoWorkingDays() {
		Dashboard d = dashboard.compute(FROM, TO);
		assertThat(d.inquiries().overdue() - seed.before().inquiries().overdue()).isEqualTo(2);
		Map<String, OverdueInquiry> overdue = byKey(d.inquiries().items(), OverdueInquiry::reference);
		// received Thursday 13 May 10:00, due Monday 17 May 10:00 (Friday and Saturday are the weekend); late since
		// Tuesday, Wednesday and Thursday 10:00
		OverdueInquiry late = overdue.get(seed.inquiryLate());
		assertThat(late.dueAt()).isEqualTo(LocalDateTime.of(2021, 5, 17, 10, 0));
		assertThat(late.workingDaysLate()).isEqualTo(3);
		assertThat(late.kindLabel()).isEqualTo("شكوى");
		assertThat(late.channelLabel()).isEqualTo("اتصال هاتفي");
		// due this morning at 09:00: late, by less than a working day
		assertThat(overdue.get(seed.inquiryJustLate()).workingDaysLate()).isZero();
		assertThat(overdue).doesNotContainKeys("HY-Q-DASH-3", "HY-Q-DASH-4");
	}

	@Test
	void workingDaysLateCountsWholeWorkingDaysOnly() {
		ZoneId zone = ZoneId.systemDefault();
		// due Thursday 10:00; Friday and Saturday do not count
		assertThat(dashboard.workingDaysLate(LocalDateTime.of(2021, 5, 13, 10, 0).atZone(zone),
				LocalDateTime.of(2021, 5, 15, 23, 0).atZone(zone))).isZero();
		assertThat(dashboard.workingDaysLate(LocalDateTime.of(2021, 5, 13, 10, 0).atZone(zone),
				LocalDateTime.of(2021, 5, 16, 10, 0).atZone(zone))).isEqualTo(1);
	}

	@Test
	void theApiGivesSupervisorsTheSameFiguresInArabicAndRefusesOthersAndMistakes() {
		ResponseEntity<Map> ok = rest.withBasicAuth("supervisor1", "masar-demo")
			.getForEntity("/api/dashboard?from=2021-03-01&to=2021-04-30", Map.class);
		assertThat(ok.getStatusCode().value()).isEqualTo(200);
		List<Map<String, Object>> months = (List<Map<String, Object>>) ok.getBody().get("decisionsByMonth");
		assertThat(months).extracting(m -> m.get("label")).containsExactly("مارس 2021", "أبريل 2021");
		assertThat(months).extracting(m -> m.get("percent")).containsExactly(80.0, 60.0);
		assertThat(((Map<String, Object>) ok.getBody().get("deadline")).get("requests")).asList().isNotEmpty();
		assertThat(rest.withBasicAuth("admin", "masar-demo").getForEntity("/api/dashboard", String.class).getStatusCode().value())
			.isEqualTo(200);
		for (String user : List.of("reception1", "researcher1", "committee1", "analyst1", "monitor1")) {
			assertThat(rest.withBasicAuth(user, "masar-demo").getForEntity("/api/dashboard", String.class).getStatusCode().value())
				.as(user)
				.isEqualTo(403);
		}
		assertThat(rest.getForEntity("/api/dashboard", String.class).getStatusCode().value()).isEqualTo(401);
		for (String query : List.of("from=2021-05-01&to=2021-04-30", "from=yesterday", "to=2021-02-30", "from=1999-12-31",
				"from=2021-01-01T00:00", "from=" + "9".repeat(5000), "from=2018-01-01&to=2021-12-31",
				"from=&to=")) {
			ResponseEntity<String> refused = rest.withBasicAuth("supervisor1", "masar-demo")
				.getForEntity("/api/dashboard?" + query, String.class);
			assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(refused.getBody()).as(query).containsPattern("[\\u0600-\\u06FF]");
		}
	}

	@Test
	void thePrometheusGaugesGiveTheSameLiveFigures() {
		// an open incident (resolved again below), which the scraper, with no engine authorization, must still count
		org.camunda.bpm.engine.runtime.Incident incident = runtimeService.createIncident("masarDashboardTest",
				journey.openTasks(seed.nearDeadline()).get(0).getExecutionId(), null, "اختبار");
		metrics.refresh();
		String scrape;
		try {
			scrape = rest.withBasicAuth("monitor1", "masar-demo").getForObject("/actuator/prometheus", String.class);
			assertThat(gauge(scrape, "camunda_incidents_open")).isEqualTo(runtimeService.createIncidentQuery().count())
				.isGreaterThanOrEqualTo(1);
		}
		finally {
			runtimeService.resolveIncident(incident.getId());
		}
		SupervisorDashboard.Live live = dashboard.live();
		Dashboard d = dashboard.compute(FROM, TO);
		assertThat(gauge(scrape, "masar_requests_deadline{state=\"past\"}")).isEqualTo(d.deadline().past());
		assertThat(gauge(scrape, "masar_requests_deadline{state=\"near\"}")).isEqualTo(d.deadline().near());
		assertThat(live.pastDeadline()).isEqualTo(seed.before().deadline().past() + 1);
		for (OpenStage stage : d.openByStage()) {
			assertThat(gauge(scrape, "masar_requests_open{stage=\"" + stage.stage() + "\"}")).as(stage.stage()).isEqualTo(stage.open());
		}
		assertThat(gauge(scrape, "masar_inquiries_overdue")).isEqualTo(d.inquiries().overdue());
		assertThat(gauge(scrape, "masar_service_recovery_open")).isEqualTo(d.recovery().open());
		int backlog = jdbc.sql("SELECT COUNT(*) FROM notification WHERE status IN ('PENDING', 'SENDING')").query(Integer.class).single();
		int failed = jdbc.sql("SELECT COUNT(*) FROM notification WHERE status IN ('FAILED', 'UNCERTAIN')").query(Integer.class).single();
		assertThat(backlog).as("the seeded journeys queued messages").isPositive();
		assertThat(gauge(scrape, "masar_notifications_backlog")).isEqualTo(backlog);
		assertThat(gauge(scrape, "masar_notifications_failed")).isEqualTo(failed);
		// the whole engine's, though the scraper has no engine authorization
		assertThat(gauge(scrape, "camunda_jobs_executable")).isEqualTo(managementService.createJobQuery().executable().count());
		assertThat(gauge(scrape, "camunda_job_acquisition_total{result=\"attempt\"}")).isNotNegative();
		assertThat(gauge(scrape, "masar_health{component=\"db\"}")).isEqualTo(1);
		assertThat(gauge(scrape, "masar_health{component=\"processEngine\"}")).isEqualTo(1);
		assertThat(scrape).contains("camunda_job_acquisition_total{result=\"attempt\"}", "camunda_jobs_executable",
				"masar_health{component=\"jobExecutor\"}");
	}

	/** A gauge's value in Prometheus' text format. */
	private static double gauge(String scrape, String series) {
		return scrape.lines()
			.filter(line -> line.startsWith(series + " "))
			.map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + series + " in the scrape: "
					+ scrape.lines().filter(line -> line.startsWith("masar_") || line.startsWith("camunda_")).toList()));
	}

	// ---- seeding ----------------------------------------------------------------------------------------------------

	private Seed seedHistory(Dashboard before) {
		for (int i = 0; i < 5; i++) {
			decided(LocalDateTime.of(2021, 3, 1 + i, 9, 0), MARCH_CHANNELS[i], MARCH_DAYS[i]);
			decided(LocalDateTime.of(2021, 4, 1 + i, 9, 0), APRIL_CHANNELS[i], APRIL_DAYS[i]);
		}
		// L1 at reception
		at(NOW.minusDays(2));
		journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		// L4 in research
		at(NOW.minusDays(8));
		String nationalId = TestApplicants.nationalId();
		ProcessInstance researching = journey.startAtOffice("reception1", TestApplicants.startForm("C2", nationalId));
		journey.receive(researching, TestApplicants.applicantData(nationalId));
		journey.declare(researching);
		// L2 and L3 at the committee
		at(NOW.minusDays(12));
		ProcessInstance near = journey.toCommittee(TestApplicants.nationalId());
		at(NOW.minusDays(16));
		ProcessInstance past = journey.toCommittee(TestApplicants.nationalId());

		// surveys sent in March: FOOD_BASKET by C1 answered 5, 4, 2 and one pending; CASH_ASSISTANCE by C2 answered
		// 5, 5; FOOD_BASKET by C2 unanswered
		LocalDateTime sent = LocalDateTime.of(2021, 3, 20, 10, 0);
		long lowScore = survey("HY-DASH-S1", "FOOD_BASKET", "C1", sent, "ANSWERED", 2);
		long complaint = survey("HY-DASH-S2", "FOOD_BASKET", "C1", sent, "ANSWERED", 4);
		survey("HY-DASH-S3", "FOOD_BASKET", "C1", sent, "ANSWERED", 5);
		survey("HY-DASH-S4", "FOOD_BASKET", "C1", sent, "PENDING", null);
		survey("HY-DASH-S5", "CASH_ASSISTANCE", "C2", sent, "ANSWERED", 5);
		survey("HY-DASH-S6", "CASH_ASSISTANCE", "C2", sent, "ANSWERED", 5);
		survey("HY-DASH-S7", "FOOD_BASKET", "C2", sent, "NO_ANSWER", null);
		jdbc.sql("INSERT INTO service_recovery (survey_id, reason, opened_at) VALUES (?, 'LOW_SCORE', ?)")
			.params(lowScore, Timestamp.valueOf(LocalDateTime.of(2021, 5, 10, 10, 0)))
			.update();
		jdbc.sql("INSERT INTO service_recovery (survey_id, reason, opened_at, closed_at) VALUES (?, 'COMPLAINT', ?, ?)")
			.params(complaint, Timestamp.valueOf(LocalDateTime.of(2021, 3, 21, 10, 0)),
					Timestamp.valueOf(LocalDateTime.of(2021, 3, 22, 10, 0)))
			.update();

		// inquiries: overdue since Monday; due this morning; due Sunday; answered in time
		inquiry("HY-Q-DASH-1", "COMPLAINT", LocalDateTime.of(2021, 5, 13, 10, 0), LocalDateTime.of(2021, 5, 17, 10, 0), null);
		inquiry("HY-Q-DASH-2", "STATUS", LocalDateTime.of(2021, 5, 18, 9, 0), LocalDateTime.of(2021, 5, 20, 9, 0), null);
		inquiry("HY-Q-DASH-3", "PROCEDURE", LocalDateTime.of(2021, 5, 19, 9, 0), LocalDateTime.of(2021, 5, 23, 9, 0), null);
		inquiry("HY-Q-DASH-4", "STATUS", LocalDateTime.of(2021, 5, 10, 9, 0), LocalDateTime.of(2021, 5, 12, 9, 0),
				LocalDateTime.of(2021, 5, 11, 9, 0));
		return new Seed(before, near, past, "HY-Q-DASH-1", "HY-Q-DASH-2", "HY-DASH-S1");
	}

	/** A request submitted at {@code submitted} that the committee approves {@code days} days later. */
	private void decided(LocalDateTime submitted, String channel, int days) {
		ProcessInstance instance = journey.researchedOnSchedule(submitted, channel);
		at(submitted.plusDays(days));
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");
		assertThat(journey.openTasks(instance)).extracting(t -> t.getTaskDefinitionKey()).containsExactly("Task_DeliverService");
	}

	private long survey(String reference, String service, String channel, LocalDateTime sentAt, String status,
			Integer overall) {
		String token = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO survey (token, subject, service, channel, reference_number, sent_at, status, answered_at, overall)
				VALUES (?, 'SERVICE', ?, ?, ?, ?, ?, ?, ?)""")
			.params(token, service, channel, reference, Timestamp.valueOf(sentAt), status,
					overall == null ? null : Timestamp.valueOf(sentAt.plusDays(1)), overall)
			.update();
		return jdbc.sql("SELECT id FROM survey WHERE token = ?").param(token).query(Long.class).single();
	}

	private void inquiry(String reference, String kind, LocalDateTime received, LocalDateTime due, LocalDateTime answered) {
		jdbc.sql("""
				INSERT INTO inquiry (reference_number, channel, kind, question, person_name, received_at, due_at, routed_to,
				  answer, answered_at, status)
				VALUES (?, 'C2', ?, 'متى يصدر القرار؟', 'سائل', ?, ?, 'RECEPTION', ?, ?, ?)""")
			.params(reference, kind, Timestamp.valueOf(received), Timestamp.valueOf(due), answered == null ? null : "أُجيب",
					answered == null ? null : Timestamp.valueOf(answered), answered == null ? "OPEN" : "ANSWERED")
			.update();
	}

	private static List<Integer> added(Map<String, OpenStage> before, Map<String, OpenStage> after, String stage) {
		List<Integer> difference = new ArrayList<>();
		difference.add(after.get(stage).open() - before.get(stage).open());
		for (int b = 0; b < after.get(stage).byAge().size(); b++) {
			difference.add(after.get(stage).byAge().get(b) - before.get(stage).byAge().get(b));
		}
		return difference;
	}

	private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static BigDecimal hours(String value) {
		return new BigDecimal(value);
	}

	private static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
	}

}
