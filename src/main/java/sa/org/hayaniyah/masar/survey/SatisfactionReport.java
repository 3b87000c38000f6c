package sa.org.hayaniyah.masar.survey;

import static sa.org.hayaniyah.masar.common.ReportFigures.average;
import static sa.org.hayaniyah.masar.common.ReportFigures.dayStart;
import static sa.org.hayaniyah.masar.common.ReportFigures.percent;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.ReportFigures;

/**
 * Satisfaction figures per service, channel and month, so the association sees where service is good or poor. They
 * are aggregate only: no employee column ({@code recorded_by}) is ever selected or grouped by, because the survey is
 * a tool for improvement, not for punishment (O6).
 * <p>
 * Definitions, for surveys with {@code sent_at} in {@code [from, toExclusive)}, grouped by the month they were sent:
 * <ul>
 * <li><b>sent</b>: all such surveys, whatever their status;</li>
 * <li><b>answered</b>: status {@code ANSWERED}, however recorded (online, phone, in person);</li>
 * <li><b>satisfied</b>: answered with an overall score of 4 or 5;</li>
 * <li><b>CSAT %</b>: satisfied / answered &times; 100, 1 decimal, {@code null} when nothing was answered;</li>
 * <li><b>average</b>: mean overall score of the answered surveys, 2 decimals, {@code null} when there is none;</li>
 * <li><b>response rate %</b>: answered / sent &times; 100, 1 decimal, {@code null} when nothing was sent.</li>
 * </ul>
 * The database only counts and sums; {@link ReportFigures} divides and rounds (HALF_UP), so H2 and PostgreSQL give
 * exactly the same figures.
 */
@Service
public class SatisfactionReport {

	public record Figures(String service, String channel, YearMonth month, int sent, int answered, int satisfied,
			BigDecimal csatPercent, BigDecimal averageScore, BigDecimal responseRatePercent) {
	}

	public record RecoveryFigures(int opened, int closed) {
	}

	/**
	 * A service-recovery case still open: the survey's reference, why it opened ({@code LOW_SCORE}, {@code COMPLAINT}),
	 * the service and channel surveyed, when, and the survey's process instance (where the supervisor's task is).
	 */
	public record OpenRecovery(String reference, String reason, String service, String channel,
			java.time.LocalDateTime openedAt, String processInstanceId) {
	}

	private static final String COUNTS = """
			COUNT(*) AS sent,
			COALESCE(SUM(CASE WHEN status = 'ANSWERED' THEN 1 ELSE 0 END), 0) AS answered,
			COALESCE(SUM(CASE WHEN status = 'ANSWERED' AND overall >= 4 THEN 1 ELSE 0 END), 0) AS satisfied,
			COALESCE(SUM(CASE WHEN status = 'ANSWERED' AND overall IS NOT NULL THEN 1 ELSE 0 END), 0) AS scored,
			COALESCE(SUM(CASE WHEN status = 'ANSWERED' THEN overall ELSE 0 END), 0) AS score_sum
			""";

	private final JdbcClient jdbc;

	SatisfactionReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Figures> byServiceChannelMonth(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("SELECT service, channel, EXTRACT(YEAR FROM sent_at) AS sent_year, EXTRACT(MONTH FROM sent_at) AS sent_month, "
				+ COUNTS + """
						FROM survey WHERE sent_at >= ? AND sent_at < ?
						GROUP BY service, channel, EXTRACT(YEAR FROM sent_at), EXTRACT(MONTH FROM sent_at)
						ORDER BY sent_year, sent_month, service, channel""")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> figures(rs, rs.getString("service"), rs.getString("channel"),
					YearMonth.of(rs.getInt("sent_year"), rs.getInt("sent_month"))))
			.list();
	}

	/** The period's figures per service (support type, or INQUIRY), whatever the channel; month and channel null. */
	public List<Figures> byService(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("SELECT service, " + COUNTS + "FROM survey WHERE sent_at >= ? AND sent_at < ? GROUP BY service ORDER BY service")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> figures(rs, rs.getString("service"), null, null))
			.list();
	}

	/** The period's figures per channel (C1–C8) the beneficiary came through; month and service null. */
	public List<Figures> byChannel(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("SELECT channel, " + COUNTS + "FROM survey WHERE sent_at >= ? AND sent_at < ? GROUP BY channel ORDER BY channel")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> figures(rs, null, rs.getString("channel"), null))
			.list();
	}

	/** How many service-recovery cases are open now, whenever they opened. */
	public int openRecoveryCount() {
		return jdbc.sql("SELECT COUNT(*) FROM service_recovery WHERE closed_at IS NULL").query(Integer.class).single();
	}

	/** The open service-recovery cases, oldest first, at most {@code limit}. */
	public List<OpenRecovery> openRecoveries(int limit) {
		return jdbc.sql("""
				SELECT s.reference_number, r.reason, s.service, s.channel, r.opened_at, s.process_instance_id
				FROM service_recovery r JOIN survey s ON s.id = r.survey_id
				WHERE r.closed_at IS NULL
				ORDER BY r.opened_at, r.id
				LIMIT ?""")
			.param(limit)
			.query((rs, i) -> new OpenRecovery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toLocalDateTime(), rs.getString(6)))
			.list();
	}

	public Figures total(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("SELECT " + COUNTS + "FROM survey WHERE sent_at >= ? AND sent_at < ?")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> figures(rs, null, null, null))
			.single();
	}

	/** Service recovery cases opened in the period, and how many of them are closed. */
	public RecoveryFigures recovery(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END), 0)
				FROM service_recovery WHERE opened_at >= ? AND opened_at < ?""")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> new RecoveryFigures(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	private static Figures figures(ResultSet rs, String service, String channel, YearMonth month) throws SQLException {
		int sent = rs.getInt("sent");
		int answered = rs.getInt("answered");
		int satisfied = rs.getInt("satisfied");
		return new Figures(service, channel, month, sent, answered, satisfied, percent(satisfied, answered),
				average(rs.getLong("score_sum"), rs.getInt("scored")), percent(answered, sent));
	}

}
