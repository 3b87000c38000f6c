package sa.org.hayaniyah.masar.dashboard;

import static sa.org.hayaniyah.masar.common.ReportFigures.dayStart;
import static sa.org.hayaniyah.masar.common.ReportFigures.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.WorkingDays;
import sa.org.hayaniyah.masar.intake.Channel;
import sa.org.hayaniyah.masar.labels.CodeLabels;
import sa.org.hayaniyah.masar.survey.SatisfactionReport;

/**
 * The figures supervisors watch, computed where the data lives: the engine's history for where requests wait and how
 * long stages take, the owners' published views for the two-week promise (R5), channels and inquiries (O3), and the
 * survey module's report for satisfaction (O5, O6). "Now" is the engine's clock, so tests move it with
 * {@code ClockUtil}. Counting and percentiles run in the database; divisions and rounding here (HALF_UP), so H2 and
 * PostgreSQL give the same figures.
 */
@Service
public class SupervisorDashboard {

	/** Requests whose committee deadline is at most this far ahead are "near" it. */
	static final Duration NEAR = Duration.ofDays(3);

	/** Lists (late requests, open recovery cases, overdue inquiries) show at most this many rows, the oldest first. */
	static final int LIST_LIMIT = 50;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("ar"));

	/** Age of an open request since it was submitted, in days: [0, 7), [7, 11), [11, 14), [14, ∞). */
	static final List<AgeBand> AGE_BANDS = List.of(new AgeBand("UNDER_7", "أقل من 7 أيام", 0, 7),
			new AgeBand("DAYS_7_10", "من 7 إلى 10 أيام", 7, 11), new AgeBand("DAYS_11_13", "من 11 إلى 13 يومًا", 11, 14),
			new AgeBand("OVER_14", "14 يومًا فأكثر (تجاوز المهلة)", 14, Integer.MAX_VALUE));

	record AgeBand(String code, String label, int fromDays, int toDaysExclusive) {
	}

	private static final String FINAL = "d.outcome IN ('APPROVED', 'REJECTED')";

	// ---- the answer -------------------------------------------------------------------------------------------------

	public record Dashboard(Instant asOf, LocalDate from, LocalDate to, List<OpenStage> openByStage, Deadline deadline,
			List<MonthDecisions> decisionsByMonth, List<StageTime> stageTimes, List<ChannelCount> byChannel,
			List<Satisfaction> satisfactionByService, List<Satisfaction> satisfactionByChannel, Recovery recovery,
			Inquiries inquiries, List<Band> ageBands) {
	}

	public record Band(String code, String label) {
	}

	/** Open requests in a stage now, by age band (same order as {@code ageBands}), and the oldest one's age in days. */
	public record OpenStage(String stage, String label, int open, List<Integer> byAge, int oldestDays) {
	}

	public record Deadline(int nearDays, int near, int past, List<LateRequest> requests) {
	}

	/** {@code daysLeft} is negative once the deadline passed; {@code state} NEAR or PAST. */
	public record LateRequest(String reference, String processInstanceId, String channel, String channelLabel,
			String stageLabel, LocalDateTime submittedAt, LocalDateTime deadline, long hoursLeft, String state,
			String stateLabel) {
	}

	public record MonthDecisions(YearMonth month, String label, int decided, int withinDeadline, BigDecimal percent) {
	}

	/** Time in a stage per request, over the stages that ended in the period, in hours (1 decimal). */
	public record StageTime(String stage, String label, int requests, BigDecimal medianHours, BigDecimal p90Hours) {
	}

	public record ChannelCount(String channel, String label, int requests) {
	}

	public record Satisfaction(String code, String label, int sent, int answered, int satisfied, BigDecimal csatPercent,
			BigDecimal averageScore, BigDecimal responseRatePercent) {
	}

	public record Recovery(int open, List<RecoveryCase> cases) {
	}

	public record RecoveryCase(String reference, String processInstanceId, String reasonLabel, String serviceLabel,
			String channelLabel, LocalDateTime openedAt, long daysOpen) {
	}

	public record Inquiries(int overdue, List<OverdueInquiry> items) {
	}

	public record OverdueInquiry(String reference, String processInstanceId, String kindLabel, String channelLabel,
			LocalDateTime receivedAt, LocalDateTime dueAt, int workingDaysLate) {
	}

	/** The live counts the operations metrics export. */
	public record Live(Map<JourneyStage, Integer> openByStage, int nearDeadline, int pastDeadline, int openRecoveries,
			int overdueInquiries) {
	}

	private final JdbcClient jdbc;

	private final HistoryService historyService;

	private final SatisfactionReport satisfaction;

	private final CodeLabels labels;

	private final Clock clock;

	private final WorkingDays workingDays;

	SupervisorDashboard(JdbcClient jdbc, HistoryService historyService, SatisfactionReport satisfaction,
			CodeLabels labels, Clock clock, @Value("${masar.inquiry.weekend:FRIDAY,SATURDAY}") Set<DayOfWeek> weekend) {
		this.jdbc = jdbc;
		this.historyService = historyService;
		this.satisfaction = satisfaction;
		this.labels = labels;
		this.clock = clock;
		this.workingDays = new WorkingDays(weekend);
	}

	/** Everything, the live part as of now and the period's part for {@code [from, to]} (to inclusive). */
	public Dashboard compute(LocalDate from, LocalDate to) {
		Instant now = clock.instant();
		LocalDate toExclusive = to.plusDays(1);
		Map<String, JourneyStage> stageOf = openStagePerInstance();
		return new Dashboard(now, from, to, openByStage(now), deadline(now, stageOf), decisionsByMonth(from, toExclusive),
				stageTimes(from, toExclusive), byChannel(from, toExclusive),
				satisfactionRows(satisfaction.byService(from, toExclusive), true),
				satisfactionRows(satisfaction.byChannel(from, toExclusive), false), recovery(now), inquiries(now),
				AGE_BANDS.stream().map(b -> new Band(b.code(), b.label())).toList());
	}

	/** The counts behind the operations gauges, without the lists. */
	public Live live() {
		Instant now = clock.instant();
		Map<JourneyStage, Integer> open = new EnumMap<>(JourneyStage.class);
		openByStage(now).forEach(s -> open.put(JourneyStage.valueOf(s.stage()), s.open()));
		int[] deadline = deadlineCounts(now);
		return new Live(open, deadline[0], deadline[1], satisfaction.openRecoveryCount(), overdueInquiryCount(now));
	}

	// ---- open requests per stage (engine runtime) ---------------------------------------------------------------------

	private record OpenTask(String processInstanceId, String taskDefinitionKey, Instant submitted) {
	}

	/** One row per request and waiting task of the journey (tasks are few next to history: the open work only). */
	private List<OpenTask> openTasks() {
		return jdbc.sql("""
				SELECT DISTINCT t.PROC_INST_ID_, t.TASK_DEF_KEY_, p.START_TIME_
				FROM ACT_RU_TASK t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_
				WHERE p.PROC_DEF_KEY_ = ?""")
			.param(JourneyStage.PROCESS)
			.query((rs, i) -> new OpenTask(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** Each open request's stage: the latest stage among its waiting tasks. */
	private Map<String, JourneyStage> openStagePerInstance() {
		Map<String, JourneyStage> stages = new HashMap<>();
		for (OpenTask task : openTasks()) {
			JourneyStage.ofOpenTask(task.taskDefinitionKey())
				.ifPresent(stage -> stages.merge(task.processInstanceId(), stage, (a, b) -> a.compareTo(b) >= 0 ? a : b));
		}
		return stages;
	}

	List<OpenStage> openByStage(Instant now) {
		Map<String, JourneyStage> stages = new HashMap<>();
		Map<String, Instant> submitted = new HashMap<>();
		for (OpenTask task : openTasks()) {
			JourneyStage.ofOpenTask(task.taskDefinitionKey()).ifPresent(stage -> {
				stages.merge(task.processInstanceId(), stage, (a, b) -> a.compareTo(b) >= 0 ? a : b);
				submitted.put(task.processInstanceId(), task.submitted());
			});
		}
		Map<JourneyStage, int[]> bands = new EnumMap<>(JourneyStage.class);
		Map<JourneyStage, Integer> oldest = new EnumMap<>(JourneyStage.class);
		stages.forEach((instance, stage) -> {
			int days = (int) Math.max(0, Duration.between(submitted.get(instance), now).toDays());
			int[] counts = bands.computeIfAbsent(stage, s -> new int[AGE_BANDS.size()]);
			for (int b = 0; b < AGE_BANDS.size(); b++) {
				if (days >= AGE_BANDS.get(b).fromDays() && days < AGE_BANDS.get(b).toDaysExclusive()) {
					counts[b]++;
				}
			}
			oldest.merge(stage, days, Math::max);
		});
		return Arrays.stream(JourneyStage.values()).map(stage -> {
			int[] counts = bands.getOrDefault(stage, new int[AGE_BANDS.size()]);
			return new OpenStage(stage.name(), stage.label(), Arrays.stream(counts).sum(),
					Arrays.stream(counts).boxed().toList(), oldest.getOrDefault(stage, 0));
		}).toList();
	}

	// ---- the two-week promise (R5) ------------------------------------------------------------------------------------

	private static final String UNDECIDED_OPEN = """
			FROM request_summary r
			WHERE r.status = 'OPEN' AND r.committee_deadline < ?
			  AND NOT EXISTS (SELECT 1 FROM committee_outcome d WHERE d.request_id = r.id AND %s)""".formatted(FINAL);

	/** [near, past]: open requests without a final decision whose deadline is within {@link #NEAR}, or passed. */
	private int[] deadlineCounts(Instant now) {
		return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.committee_deadline < ? THEN 1 ELSE 0 END), 0) "
				+ UNDECIDED_OPEN)
			.params(Timestamp.from(now), Timestamp.from(now.plus(NEAR)))
			.query((rs, i) -> new int[] { rs.getInt(1) - rs.getInt(2), rs.getInt(2) })
			.single();
	}

	private Deadline deadline(Instant now, Map<String, JourneyStage> stageOf) {
		int[] counts = deadlineCounts(now);
		record Row(String reference, String channel, LocalDateTime submitted, LocalDateTime deadline) {
		}
		List<Row> rows = jdbc.sql("SELECT r.reference_number, r.channel, r.submitted_at, r.committee_deadline "
				+ UNDECIDED_OPEN + " ORDER BY r.committee_deadline, r.reference_number LIMIT ?")
			.params(Timestamp.from(now.plus(NEAR)), LIST_LIMIT)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
					rs.getTimestamp(4).toLocalDateTime()))
			.list();
		Map<String, String> instances = instancesByBusinessKey(JourneyStage.PROCESS,
				rows.stream().map(Row::reference).toList());
		LocalDateTime localNow = LocalDateTime.ofInstant(now, ZoneId.systemDefault());
		List<LateRequest> requests = rows.stream().map(row -> {
			String instance = instances.get(row.reference());
			JourneyStage stage = instance == null ? null : stageOf.get(instance);
			long hoursLeft = Duration.between(localNow, row.deadline()).toHours();
			boolean past = row.deadline().isBefore(localNow);
			return new LateRequest(row.reference(), instance, row.channel(), labels.label("channel", row.channel()),
					stage == null ? "بين خطوتين آليتين" : stage.label(), row.submitted(), row.deadline(), hoursLeft,
					past ? "PAST" : "NEAR", past ? "تجاوز مهلة الأسبوعين" : "يقترب من نهاية المهلة");
		}).toList();
		return new Deadline((int) NEAR.toDays(), counts[0], counts[1], requests);
	}

	/** Process instance ids by business key (the reference), the running one before an ended one. */
	private Map<String, String> instancesByBusinessKey(String processKey, Collection<String> references) {
		if (references.isEmpty()) {
			return Map.of();
		}
		Map<String, String> found = new HashMap<>();
		for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKeyIn(references.toArray(String[]::new))
			.list()) {
			if (instance.getEndTime() == null || !found.containsKey(instance.getBusinessKey())) {
				found.put(instance.getBusinessKey(), instance.getId());
			}
		}
		return found;
	}

	// ---- decisions within the deadline per month (R5) -----------------------------------------------------------------

	/** From the decisions kept per day ({@link KeptFigures}): a year is at most 366 rows. */
	List<MonthDecisions> decisionsByMonth(LocalDate from, LocalDate toExclusive) {
		Map<YearMonth, int[]> counts = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(toExclusive.minusDays(1)); m = m.plusMonths(1)) {
			counts.put(m, new int[2]);
		}
		jdbc.sql("""
				SELECT EXTRACT(YEAR FROM on_day), EXTRACT(MONTH FROM on_day), SUM(decided), SUM(within_deadline)
				FROM dashboard_decision_day
				WHERE on_day >= ? AND on_day < ?
				GROUP BY EXTRACT(YEAR FROM on_day), EXTRACT(MONTH FROM on_day)""")
			.params(Date.valueOf(from), Date.valueOf(toExclusive))
			.query((rs, i) -> Map.entry(YearMonth.of(rs.getInt(1), rs.getInt(2)), new int[] { rs.getInt(3), rs.getInt(4) }))
			.list()
			.forEach(row -> counts.put(row.getKey(), row.getValue()));
		return counts.entrySet()
			.stream()
			.map(e -> new MonthDecisions(e.getKey(), MONTH.format(e.getKey()), e.getValue()[0], e.getValue()[1],
					percent(e.getValue()[1], e.getValue()[0])))
			.toList();
	}

	// ---- time per stage (kept from the engine history) ----------------------------------------------------------------

	/**
	 * Over the requests whose time in a stage ended in the period: the median and the 90th percentile of that time
	 * (continuous, interpolated as PERCENTILE_CONT does). A request's time in a stage is kept as its activities end
	 * ({@link KeptFigures}): the sum of their durations, so a request sent back to research counts both rounds, and it
	 * counts in the period its last round ended.
	 */
	List<StageTime> stageTimes(LocalDate from, LocalDate toExclusive) {
		Map<String, StageTime> found = new HashMap<>();
		jdbc.sql("""
				SELECT stage, COUNT(*),
				  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY spent_ms),
				  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY spent_ms)
				FROM dashboard_stage_time
				WHERE ended_at >= ? AND ended_at < ?
				GROUP BY stage""")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> {
				JourneyStage s = JourneyStage.valueOf(rs.getString(1));
				return new StageTime(s.name(), s.label(), rs.getInt(2), hours(rs.getDouble(3)), hours(rs.getDouble(4)));
			})
			.list()
			.forEach(t -> found.put(t.stage(), t));
		return Arrays.stream(JourneyStage.values())
			.map(s -> found.getOrDefault(s.name(), new StageTime(s.name(), s.label(), 0, null, null)))
			.toList();
	}

	static BigDecimal hours(double millis) {
		return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000), 1, RoundingMode.HALF_UP);
	}

	// ---- channels, satisfaction, recovery, inquiries ------------------------------------------------------------------

	List<ChannelCount> byChannel(LocalDate from, LocalDate toExclusive) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT channel, SUM(requests) FROM dashboard_channel_day WHERE on_day >= ? AND on_day < ? GROUP BY channel")
			.params(Date.valueOf(from), Date.valueOf(toExclusive))
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return Arrays.stream(Channel.values())
			.map(c -> new ChannelCount(c.name(), labels.label("channel", c.name()), counts.getOrDefault(c.name(), 0)))
			.toList();
	}

	private List<Satisfaction> satisfactionRows(List<SatisfactionReport.Figures> figures, boolean byService) {
		List<Satisfaction> rows = new ArrayList<>();
		for (SatisfactionReport.Figures f : figures) {
			String code = byService ? f.service() : f.channel();
			rows.add(new Satisfaction(code, labels.label(byService ? "service" : "channel", code), f.sent(), f.answered(),
					f.satisfied(), f.csatPercent(), f.averageScore(), f.responseRatePercent()));
		}
		return rows;
	}

	private Recovery recovery(Instant now) {
		LocalDateTime localNow = LocalDateTime.ofInstant(now, ZoneId.systemDefault());
		List<RecoveryCase> cases = satisfaction.openRecoveries(LIST_LIMIT)
			.stream()
			.map(r -> new RecoveryCase(r.reference(), r.processInstanceId(), labels.label("recoveryReason", r.reason()),
					labels.label("service", r.service()), labels.label("channel", r.channel()), r.openedAt(),
					Math.max(0, Duration.between(r.openedAt(), localNow).toDays())))
			.toList();
		return new Recovery(satisfaction.openRecoveryCount(), cases);
	}

	private int overdueInquiryCount(Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM inquiry_on_file WHERE answered_at IS NULL AND closed_at IS NULL AND due_at < ?")
			.param(Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	/** Inquiries and complaints not answered within their two working days (O3), the longest overdue first. */
	private Inquiries inquiries(Instant now) {
		record Row(String reference, String kind, String channel, LocalDateTime received, LocalDateTime due) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT reference_number, kind, channel, received_at, due_at FROM inquiry_on_file
				WHERE answered_at IS NULL AND closed_at IS NULL AND due_at < ?
				ORDER BY due_at, reference_number LIMIT ?""")
			.params(Timestamp.from(now), LIST_LIMIT)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime()))
			.list();
		Map<String, String> instances = instancesByBusinessKey("beneficiary-inquiry", rows.stream().map(Row::reference).toList());
		ZonedDateTime zonedNow = now.atZone(ZoneId.systemDefault());
		List<OverdueInquiry> items = rows.stream()
			.map(row -> new OverdueInquiry(row.reference(), instances.get(row.reference()),
					labels.label("inquiryKind", row.kind()), labels.label("channel", row.channel()), row.received(), row.due(),
					workingDaysLate(row.due().atZone(ZoneId.systemDefault()), zonedNow)))
			.toList();
		return new Inquiries(overdueInquiryCount(now), items);
	}

	/**
	 * Whole working days between the answer deadline and now (0 on the day it passed), at most a year's worth. One walk
	 * from the deadline, a working day at a time (counting each from the deadline again made 50 inquiries a year late
	 * cost most of a second).
	 */
	int workingDaysLate(ZonedDateTime due, ZonedDateTime now) {
		int late = 0;
		ZonedDateTime next = workingDays.plus(due, 1);
		while (late < 366 && !next.isAfter(now)) {
			late++;
			next = workingDays.plus(next, 1);
		}
		return late;
	}

}
