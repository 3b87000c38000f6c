package sa.org.hayaniyah.masar.reporting;

import static sa.org.hayaniyah.masar.common.ReportFigures.dayStart;
import static sa.org.hayaniyah.masar.common.ReportFigures.percent;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.ReportFigures;
import sa.org.hayaniyah.masar.intake.Channel;
import sa.org.hayaniyah.masar.outreach.Reason;
import sa.org.hayaniyah.masar.survey.SatisfactionReport;

/**
 * How the Beneficiary Relations Policy was kept in a period {@code [from, toExclusive)}, clause by clause. Every
 * figure is an aggregate; the only identifiers are decision and request reference numbers and employees' user ids,
 * never a beneficiary's name, national ID, mobile or income, so the pack can go to the board and the regulator.
 * <p>
 * The database only counts; {@link ReportFigures} divides and rounds (HALF_UP), so H2 and PostgreSQL give exactly
 * the same figures. Each section is dated by its own column, named on its record. The figures come from the views
 * the owning modules publish ({@code V14__published_views.sql}), never from their tables.
 */
@Service
class CompliancePack {

	/** The whole pack; {@code toExclusive} is the day after the last day reported. */
	public record Figures(LocalDate from, LocalDate toExclusive, Requests requests, Completeness completeness,
			VerificationOutcomes verification, Referrals referrals, Decisions decisions, Registration registration,
			Inquiries inquiries, Satisfaction satisfaction, Outreach outreach, AuditTrail auditTrail) {
	}

	/** C1–C8: requests by {@code submitted_at}, all eight channels in order, zeros included. */
	public record Requests(List<String> clauses, Map<String, Integer> byChannel, int total) {
	}

	/**
	 * R2: requests submitted in the period with a first verification attempt, and those whose first attempt found
	 * nothing invalid or missing (warnings do not make a request incomplete).
	 */
	public record Completeness(List<String> clauses, int verified, int complete, BigDecimal completePercent) {
	}

	/** R2, T3: every verification attempt of the period's requests, classified as the process routes it. */
	public record VerificationOutcomes(List<String> clauses, int valid, int invalid, int missing) {
	}

	/** R3, O8: referrals to social research by {@code referred_at}, most frequent reason first. */
	public record Referrals(List<String> clauses, List<ReasonCount> byReason, int total) {
	}

	public record ReasonCount(String code, String label, int count) {
	}

	/**
	 * R5: final decisions (approved or rejected) by {@code decided_at}, those within the request's committee
	 * deadline, and the missed deadlines recorded in the period with how many got an apology.
	 */
	public record Decisions(List<String> clauses, int decided, int withinDeadline, BigDecimal withinDeadlinePercent,
			int breaches, int apologiesSent) {
	}

	/** R6, R7: beneficiaries registered and services delivered (by {@code recorded_at}). */
	public record Registration(List<String> clauses, int registered, int servicesDelivered) {
	}

	/** O3, R1: inquiries by {@code received_at}; the SLA percentage is of those answered. */
	public record Inquiries(List<String> clauses, int received, int answered, int answeredWithinSla,
			BigDecimal withinSlaPercent, int escalated, int complaints, int complaintsReviewed) {
	}

	/** O5, O6: surveys by {@code sent_at} and service recovery cases by {@code opened_at}, as {@link SatisfactionReport}. */
	public record Satisfaction(List<String> clauses, int surveysSent, int surveysAnswered, int satisfied,
			BigDecimal csatPercent, BigDecimal averageScore, BigDecimal responseRatePercent, int recoveryOpened,
			int recoveryClosed) {
	}

	/** G1, O4: follow-ups by {@code found_at}, all four reasons in order, and how many are done. */
	public record Outreach(List<String> clauses, Map<String, Integer> byReason, int found, int completed) {
	}

	/** R5, A1: who decided what, for every final decision of the period in the order decided. */
	public record AuditTrail(List<String> clauses, List<DecisionEntry> decisions) {
	}

	/**
	 * One final decision: {@code decidedBy} is {@code COMMITTEE} or the deciding supervisor's user id; {@code votes}
	 * are the "member:VOTE" pairs of that round, by member; {@code recused} the members who declared a conflict.
	 */
	public record DecisionEntry(String decisionNumber, String reference, String outcome, String decidedBy,
			LocalDateTime decidedAt, List<String> votes, int recused) {
	}

	/** How many rows, and how many of them meet the condition. */
	private record Share(int all, int part) {
	}

	/** Attempts of the period's requests: the first ones and how many were complete, then every one by outcome. */
	private record Attempts(int first, int firstComplete, int valid, int invalid, int missing) {
	}

	/** RETURNED sends the request back to research and UNDECIDED to a supervisor: neither answers the applicant. */
	private static final String FINAL = "d.outcome IN ('APPROVED', 'REJECTED')";

	private final JdbcClient jdbc;

	private final SatisfactionReport satisfaction;

	CompliancePack(JdbcClient jdbc, SatisfactionReport satisfaction) {
		this.jdbc = jdbc;
		this.satisfaction = satisfaction;
	}

	public Figures compute(LocalDate from, LocalDate toExclusive) {
		Timestamp start = dayStart(from);
		Timestamp end = dayStart(toExclusive);
		Attempts attempts = attempts(start, end);
		return new Figures(from, toExclusive, requests(start, end),
				new Completeness(List.of("R2"), attempts.first(), attempts.firstComplete(),
						percent(attempts.firstComplete(), attempts.first())),
				new VerificationOutcomes(List.of("R2", "T3"), attempts.valid(), attempts.invalid(), attempts.missing()),
				referrals(start, end), decisions(start, end), registration(start, end), inquiries(start, end),
				satisfaction(from, toExclusive), outreach(start, end), auditTrail(start, end));
	}

	private Requests requests(Timestamp start, Timestamp end) {
		List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
		Map<String, Integer> byChannel = zeros(channels);
		jdbc.sql("SELECT channel, COUNT(*) FROM request_summary WHERE submitted_at >= ? AND submitted_at < ? GROUP BY channel")
			.params(start, end)
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(row -> byChannel.put(row.getKey(), row.getValue()));
		return new Requests(channels, byChannel, sum(byChannel));
	}

	/** Each attempt is reduced to its counts of invalid and of missing checks, then classified as the process does. */
	private Attempts attempts(Timestamp start, Timestamp end) {
		return jdbc.sql("""
				SELECT
				  COALESCE(SUM(CASE WHEN attempt = 1 THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN attempt = 1 AND invalid_checks = 0 AND missing_checks = 0 THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN invalid_checks = 0 AND missing_checks = 0 THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN invalid_checks > 0 THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN invalid_checks = 0 AND missing_checks > 0 THEN 1 ELSE 0 END), 0)
				FROM (
				  SELECT v.request_id, v.attempt,
				    SUM(CASE WHEN v.outcome = 'INVALID' THEN 1 ELSE 0 END) AS invalid_checks,
				    SUM(CASE WHEN v.outcome = 'MISSING' THEN 1 ELSE 0 END) AS missing_checks
				  FROM verification_check v JOIN request_summary r ON r.id = v.request_id
				  WHERE r.submitted_at >= ? AND r.submitted_at < ?
				  GROUP BY v.request_id, v.attempt) attempts""")
			.params(start, end)
			.query((rs, i) -> new Attempts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.single();
	}

	private Referrals referrals(Timestamp start, Timestamp end) {
		List<ReasonCount> byReason = jdbc.sql("""
				SELECT reason_code, label, COUNT(*)
				FROM referral_by_reason
				WHERE referred_at >= ? AND referred_at < ?
				GROUP BY reason_code, label""")
			.params(start, end)
			.query((rs, i) -> new ReasonCount(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list()
			.stream()
			// codes compared here: PostgreSQL's collation may order underscores unlike H2
			.sorted(Comparator.comparingInt(ReasonCount::count).reversed().thenComparing(ReasonCount::code))
			.toList();
		return new Referrals(List.of("R3", "O8"), byReason, byReason.stream().mapToInt(ReasonCount::count).sum());
	}

	private Decisions decisions(Timestamp start, Timestamp end) {
		Share decided = jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.decided_at <= r.committee_deadline THEN 1 ELSE 0 END), 0)
				FROM committee_outcome d JOIN request_summary r ON r.id = d.request_id
				WHERE %s AND d.decided_at >= ? AND d.decided_at < ?""".formatted(FINAL))
			.params(start, end)
			.query((rs, i) -> new Share(rs.getInt(1), rs.getInt(2)))
			.single();
		Share breaches = jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN apology_sent_at IS NOT NULL THEN 1 ELSE 0 END), 0)
				FROM sla_breach_summary WHERE recorded_at >= ? AND recorded_at < ?""")
			.params(start, end)
			.query((rs, i) -> new Share(rs.getInt(1), rs.getInt(2)))
			.single();
		return new Decisions(List.of("R5"), decided.all(), decided.part(), percent(decided.part(), decided.all()),
				breaches.all(), breaches.part());
	}

	private Registration registration(Timestamp start, Timestamp end) {
		return new Registration(List.of("R6", "R7"),
				count("SELECT COUNT(*) FROM beneficiary_file WHERE registered_at >= ? AND registered_at < ?", start, end),
				count("SELECT COUNT(*) FROM delivery_summary WHERE recorded_at >= ? AND recorded_at < ?", start, end));
	}

	private Inquiries inquiries(Timestamp start, Timestamp end) {
		return jdbc.sql("""
				SELECT COUNT(*),
				  COALESCE(SUM(CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN answered_at <= due_at THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN escalated_at IS NOT NULL THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN kind = 'COMPLAINT' THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN kind = 'COMPLAINT' AND reviewed_at IS NOT NULL THEN 1 ELSE 0 END), 0)
				FROM inquiry_summary WHERE received_at >= ? AND received_at < ?""")
			.params(start, end)
			.query((rs, i) -> new Inquiries(List.of("O3", "R1"), rs.getInt(1), rs.getInt(2), rs.getInt(3),
					percent(rs.getInt(3), rs.getInt(2)), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.single();
	}

	private Satisfaction satisfaction(LocalDate from, LocalDate toExclusive) {
		SatisfactionReport.Figures surveys = satisfaction.total(from, toExclusive);
		SatisfactionReport.RecoveryFigures recovery = satisfaction.recovery(from, toExclusive);
		return new Satisfaction(List.of("O5", "O6"), surveys.sent(), surveys.answered(), surveys.satisfied(),
				surveys.csatPercent(), surveys.averageScore(), surveys.responseRatePercent(), recovery.opened(),
				recovery.closed());
	}

	private Outreach outreach(Timestamp start, Timestamp end) {
		Map<String, Integer> byReason = zeros(Arrays.stream(Reason.values()).map(Reason::name).toList());
		int completed = 0;
		List<Map.Entry<String, Share>> rows = jdbc.sql("""
				SELECT reason, COUNT(*), COALESCE(SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END), 0)
				FROM follow_up_summary WHERE found_at >= ? AND found_at < ? GROUP BY reason""")
			.params(start, end)
			.query((rs, i) -> Map.entry(rs.getString(1), new Share(rs.getInt(2), rs.getInt(3))))
			.list();
		for (Map.Entry<String, Share> row : rows) {
			byReason.put(row.getKey(), row.getValue().all());
			completed += row.getValue().part();
		}
		return new Outreach(List.of("G1", "O4"), byReason, sum(byReason), completed);
	}

	private AuditTrail auditTrail(Timestamp start, Timestamp end) {
		// the votes of every decided round in one query rather than one per decision, keyed "request/round"
		Map<String, List<String>> votes = jdbc.sql("""
				SELECT v.request_id, v.round, v.member, v.vote
				FROM committee_cast_vote v JOIN committee_outcome d ON d.request_id = v.request_id AND d.round = v.round
				WHERE %s AND d.decided_at >= ? AND d.decided_at < ?
				ORDER BY v.member""".formatted(FINAL))
			.params(start, end)
			.query((rs, i) -> Map.entry(rs.getLong(1) + "/" + rs.getInt(2), rs.getString(3) + ":" + rs.getString(4)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<DecisionEntry> decisions = jdbc.sql("""
				SELECT d.request_id, d.round, d.decision_number, r.reference_number, d.outcome, d.decided_by, d.decided_at,
				  d.recused
				FROM committee_outcome d JOIN request_summary r ON r.id = d.request_id
				WHERE %s AND d.decided_at >= ? AND d.decided_at < ?
				ORDER BY d.decided_at, d.id""".formatted(FINAL))
			.params(start, end)
			.query((rs, i) -> new DecisionEntry(rs.getString("decision_number"), rs.getString("reference_number"),
					rs.getString("outcome"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toLocalDateTime(),
					List.copyOf(votes.getOrDefault(rs.getLong("request_id") + "/" + rs.getInt("round"), List.of())),
					rs.getInt("recused")))
			.list();
		return new AuditTrail(List.of("R5", "A1"), decisions);
	}

	private static Map<String, Integer> zeros(List<String> keys) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		keys.forEach(key -> counts.put(key, 0));
		return counts;
	}

	private static int sum(Map<String, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private int count(String sql, Timestamp start, Timestamp end) {
		return jdbc.sql(sql).params(start, end).query(Integer.class).single();
	}

}
