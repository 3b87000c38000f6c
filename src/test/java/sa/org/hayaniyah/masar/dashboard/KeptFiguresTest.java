package sa.org.hayaniyah.masar.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.ChannelCount;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.MonthDecisions;
import sa.org.hayaniyah.masar.dashboard.SupervisorDashboard.StageTime;

/**
 * The figures the board keeps as the journey moves ({@link KeptFigures}) are those computed from the engine's history
 * and the owners' views, the way the board computed them on every call before (the queries below), both as kept live
 * and as filled from history that existed before the kept tables. Three journeys of June 2020 (before any other test's
 * clock), submitted at 09:00, received after 1 h, declared after 2 h, researched after 2 days:
 * <pre>
 *   A (C2, 1 June): approved after 5 days                                  committee 72 h, research 46 h, in time
 *   B (C4, 2 June): returned after 4 days, researched again after 6 days,  committee 48 + 240 h, research 46 + 48 h,
 *                   approved after 16 days                                 late
 *   C (C8, 3 June): left in research
 * </pre>
 */
@MasarIntegrationTest
class KeptFiguresTest extends DatabaseTestSupport {

	static final LocalDate FROM = LocalDate.of(2020, 6, 1);

	static final LocalDate TO = LocalDate.of(2020, 6, 30);

	/** Seeded once per test JVM (one per database). */
	private static List<String> instances;

	@Autowired
	KeptFigures kept;

	@Autowired
	SupervisorDashboard dashboard;

	@Autowired
	JourneyDriver journey;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void seedOnce() {
		if (instances == null) {
			instances = seed();
		}
	}

	@Test
	void keptAsTheJourneyMovesTheyEqualTheFiguresFromTheHistory() {
		assertThat(keptRows()).isEqualTo(historyRows()).hasSize(10);
		// both rounds of research and of the committee add up on B's one row per stage
		assertThat(keptRows()).containsEntry(instances.get(1) + " SOCIAL_RESEARCH", hours(94))
			.containsEntry(instances.get(1) + " COMMITTEE", hours(288))
			.doesNotContainKey(instances.get(2) + " SOCIAL_RESEARCH");
		assertTheBoardEqualsTheHistory();
		Map<String, StageTime> times = dashboard.stageTimes(FROM, TO.plusDays(1))
			.stream()
			.collect(Collectors.toMap(StageTime::stage, t -> t));
		// committee 72 and 288 h: median 180.0, 90th 72 + 0.9 x 216 = 266.4; research 46 and 94 h: 70.0 and 89.2
		assertThat(times.get("COMMITTEE")).isEqualTo(new StageTime("COMMITTEE", "قرار لجنة البحث", 2, new BigDecimal("180.0"),
				new BigDecimal("266.4")));
		assertThat(times.get("SOCIAL_RESEARCH").p90Hours()).isEqualByComparingTo("89.2");
		assertThat(dashboard.decisionsByMonth(FROM, TO.plusDays(1))).singleElement()
			.satisfies(m -> assertThat(List.of(m.decided(), m.withinDeadline())).containsExactly(2, 1));
	}

	@Test
	void filledFromTheHistoryBeforeThisVersionTheyAreTheSame() {
		// history from before the kept tables: nothing kept, the first start's marker present
		jdbc.sql("DELETE FROM dashboard_stage_time").update();
		jdbc.sql("DELETE FROM dashboard_decision_day").update();
		jdbc.sql("DELETE FROM dashboard_channel_day").update();
		assertThat(dashboard.byChannel(FROM, TO.plusDays(1))).allMatch(c -> c.requests() == 0);
		jdbc.sql("INSERT INTO dashboard_fill_pending (name) VALUES ('KEPT_FIGURES')").update();

		kept.fillOnce();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dashboard_fill_pending").query(Integer.class).single()).isZero();
		assertThat(keptRows()).isEqualTo(historyRows()).hasSize(10);
		assertTheBoardEqualsTheHistory();
		// filled once: a second start, or a second node, finds no marker and adds nothing
		List<ChannelCount> channels = dashboard.byChannel(FROM, TO.plusDays(1));
		kept.fillOnce();
		assertThat(dashboard.byChannel(FROM, TO.plusDays(1))).isEqualTo(channels);
		// and filling again gives the same rows
		kept.fill();
		assertThat(keptRows()).isEqualTo(historyRows());
		assertTheBoardEqualsTheHistory();
	}

	private void assertTheBoardEqualsTheHistory() {
		assertThat(dashboard.stageTimes(FROM, TO.plusDays(1))).isEqualTo(stageTimesFromHistory());
		assertThat(dashboard.decisionsByMonth(FROM, TO.plusDays(1))).isEqualTo(decisionsFromViews());
		assertThat(dashboard.byChannel(FROM, TO.plusDays(1))).extracting(ChannelCount::requests)
			.containsExactly(0, 1, 0, 1, 0, 0, 0, 1)
			.isEqualTo(channelsFromViews());
	}

	// ---- the figures computed from the history, as the board did before they were kept -------------------------------

	/** Per request and stage of the three journeys: the sum of its activity instances' durations. */
	private Map<String, Long> historyRows() {
		Map<String, Long> rows = new TreeMap<>();
		jdbc.sql("""
				SELECT a.PROC_INST_ID_, %s, SUM(a.DURATION_) FROM ACT_HI_ACTINST a
				WHERE a.PROC_INST_ID_ IN (:instances) AND a.END_TIME_ IS NOT NULL AND a.ACT_ID_ IN (:activities)
				GROUP BY a.PROC_INST_ID_, a.ACT_ID_""".formatted(JourneyStage.sqlStageOf("a.ACT_ID_")))
			.param("instances", instances)
			.param("activities", JourneyStage.allTimedActivities())
			.query((rs, i) -> rows.merge(rs.getString(1) + " " + rs.getString(2), rs.getLong(3), Long::sum))
			.list();
		return rows;
	}

	private Map<String, Long> keptRows() {
		Map<String, Long> rows = new TreeMap<>();
		jdbc.sql("SELECT process_instance_id, stage, spent_ms FROM dashboard_stage_time WHERE process_instance_id IN (:instances)")
			.param("instances", instances)
			.query((rs, i) -> rows.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)))
			.list();
		return rows;
	}

	private List<StageTime> stageTimesFromHistory() {
		Map<String, StageTime> found = new TreeMap<>();
		jdbc.sql("""
				SELECT stage, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY spent),
				  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY spent)
				FROM (SELECT a.PROC_INST_ID_, %1$s AS stage, SUM(a.DURATION_) AS spent FROM ACT_HI_ACTINST a
				  WHERE a.PROC_DEF_KEY_ = 'beneficiary-journey' AND a.END_TIME_ >= :from AND a.END_TIME_ < :to
				    AND a.ACT_ID_ IN (:activities)
				  GROUP BY a.PROC_INST_ID_, %1$s) per_request
				GROUP BY stage""".formatted(JourneyStage.sqlStageOf("a.ACT_ID_")))
			.param("from", start(FROM))
			.param("to", start(TO.plusDays(1)))
			.param("activities", JourneyStage.allTimedActivities())
			.query((rs, i) -> {
				JourneyStage s = JourneyStage.valueOf(rs.getString(1));
				return new StageTime(s.name(), s.label(), rs.getInt(2), SupervisorDashboard.hours(rs.getDouble(3)),
						SupervisorDashboard.hours(rs.getDouble(4)));
			})
			.list()
			.forEach(t -> found.put(t.stage(), t));
		return java.util.Arrays.stream(JourneyStage.values())
			.map(s -> found.getOrDefault(s.name(), new StageTime(s.name(), s.label(), 0, null, null)))
			.toList();
	}

	private List<MonthDecisions> decisionsFromViews() {
		return jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.decided_at <= r.committee_deadline THEN 1 ELSE 0 END), 0)
				FROM committee_outcome d JOIN request_summary r ON r.id = d.request_id
				WHERE d.outcome IN ('APPROVED', 'REJECTED') AND d.decided_at >= ? AND d.decided_at < ?""")
			.params(start(FROM), start(TO.plusDays(1)))
			.query((rs, i) -> new MonthDecisions(java.time.YearMonth.of(2020, 6), "يونيو 2020", rs.getInt(1), rs.getInt(2),
					BigDecimal.valueOf(rs.getInt(2) * 100L).divide(BigDecimal.valueOf(rs.getInt(1)), 1, RoundingMode.HALF_UP)))
			.list();
	}

	private List<Integer> channelsFromViews() {
		Map<String, Integer> counts = new TreeMap<>();
		jdbc.sql("SELECT channel, COUNT(*) FROM request_summary WHERE submitted_at >= ? AND submitted_at < ? GROUP BY channel")
			.params(start(FROM), start(TO.plusDays(1)))
			.query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(c -> counts.getOrDefault("C" + c, 0)).toList();
	}

	// ---- seeding ------------------------------------------------------------------------------------------------------

	private List<String> seed() {
		ProcessInstance a = journey.researchedOnSchedule(LocalDateTime.of(2020, 6, 1, 9, 0), "C2");
		votes(a, LocalDateTime.of(2020, 6, 6, 9, 0), "APPROVE");
		ProcessInstance b = journey.researchedOnSchedule(LocalDateTime.of(2020, 6, 2, 9, 0), "C4");
		votes(b, LocalDateTime.of(2020, 6, 6, 9, 0), "RETURN");
		at(LocalDateTime.of(2020, 6, 8, 9, 0));
		journey.research(b, "RECOMMEND_APPROVAL");
		votes(b, LocalDateTime.of(2020, 6, 18, 9, 0), "APPROVE");
		ProcessInstance c = journey.declaredOnSchedule(LocalDateTime.of(2020, 6, 3, 9, 0), "C8");
		ClockUtil.reset();
		return List.of(a.getId(), b.getId(), c.getId());
	}

	private void votes(ProcessInstance instance, LocalDateTime when, String vote) {
		at(when);
		for (String member : List.of("committee1", "committee2", "committee3")) {
			journey.vote(instance, member, vote);
		}
	}

	private static long hours(int hours) {
		return hours * 3_600_000L;
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.valueOf(day.atStartOfDay());
	}

	private static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
	}

}
