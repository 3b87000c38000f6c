package sa.org.hayaniyah.masar.survey;

import static sa.org.hayaniyah.masar.common.ReportFigures.dayStart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Survey records and the service-recovery cases opened from them. The token in the beneficiary's link is random,
 * so one survey's link never leads to another's.
 */
@Service
public class Surveys {

	private final JdbcClient jdbc;

	private final Clock clock;

	Surveys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Survey create(String subject, String service, String channel, String reference, Long requestId, Long inquiryId,
			String processInstanceId) {
		String token = UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("""
				INSERT INTO survey (token, subject, service, channel, reference_number, request_id, inquiry_id, sent_at, status,
				  process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
			.params(token, subject, service, channel, reference, requestId, inquiryId, Timestamp.from(clock.instant()),
					processInstanceId)
			.update();
		return findByToken(token).orElseThrow();
	}

	public Optional<Survey> findByToken(String token) {
		return jdbc.sql("SELECT * FROM survey WHERE token = ?").param(token).query(Surveys::map).optional();
	}

	/** The survey still waiting for an answer about a reference (a request's or an inquiry's), if any. */
	public Optional<Survey> pendingFor(String reference) {
		return jdbc.sql("SELECT * FROM survey WHERE reference_number = ? AND status = 'PENDING' ORDER BY id DESC")
			.param(reference)
			.query(Surveys::map)
			.list()
			.stream()
			.findFirst();
	}

	public Survey get(long id) {
		return jdbc.sql("SELECT * FROM survey WHERE id = ?").param(id).query(Surveys::map).single();
	}

	/** Records the answer if the survey still waits for one; false when it was answered or closed meanwhile. */
	boolean recordAnswer(long id, SurveyAnswer answer, String recordedBy, String recordedHow) {
		return jdbc.sql("""
				UPDATE survey SET status = 'ANSWERED', answered_at = ?, overall = ?, speed = ?, courtesy = ?, clarity = ?,
				  fairness = ?, answer_comment = ?, recorded_by = ?, recorded_how = ?, closed_at = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(Timestamp.from(clock.instant()), answer.overall(), answer.speed(), answer.courtesy(), answer.clarity(),
					answer.fairness(), answer.comment(), recordedBy, recordedHow, Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	void closeUnanswered(long id) {
		jdbc.sql("UPDATE survey SET status = 'NO_ANSWER', closed_at = ? WHERE id = ? AND status = 'PENDING'")
			.params(Timestamp.from(clock.instant()), id)
			.update();
	}

	void openRecovery(long surveyId, String reason) {
		jdbc.sql("INSERT INTO service_recovery (survey_id, reason, opened_at) VALUES (?, ?, ?)")
			.params(surveyId, reason, Timestamp.from(clock.instant()))
			.update();
	}

	void closeRecovery(long surveyId, String handledBy, boolean calledBack, String actionTaken) {
		jdbc.sql("""
				UPDATE service_recovery SET handled_by = ?, called_back = ?, action_taken = ?, closed_at = ?
				WHERE survey_id = ?""")
			.params(handledBy, calledBack, actionTaken, Timestamp.from(clock.instant()), surveyId)
			.update();
	}

	public record Recovery(String reason, String handledBy, Boolean calledBack, String actionTaken, boolean closed) {
	}

	public Optional<Recovery> recovery(long surveyId) {
		return jdbc.sql("SELECT reason, handled_by, called_back, action_taken, closed_at FROM service_recovery WHERE survey_id = ?")
			.param(surveyId)
			.query((rs, i) -> new Recovery(rs.getString(1), rs.getString(2), rs.getObject(3, Boolean.class), rs.getString(4),
					rs.getTimestamp(5) != null))
			.optional();
	}

	/** Free comments in a period, with what they are about but not who served: for supervisors only (O6). */
	List<Map<String, Object>> comments(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("""
				SELECT reference_number, service, channel, overall, answer_comment, answered_at FROM survey
				WHERE status = 'ANSWERED' AND answer_comment IS NOT NULL AND answered_at >= ? AND answered_at < ?
				ORDER BY answered_at""")
			.params(dayStart(from), dayStart(toExclusive))
			.query((rs, i) -> Map.<String, Object>of("referenceNumber", rs.getString(1), "service", rs.getString(2), "channel",
					rs.getString(3), "overall", rs.getInt(4), "comment", rs.getString(5), "answeredAt",
					rs.getTimestamp(6).toInstant().toString()))
			.list();
	}

	private static Survey map(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getLong("id"), rs.getString("token"), rs.getString("subject"), rs.getString("service"),
				rs.getString("channel"), rs.getString("reference_number"), rs.getTimestamp("sent_at").toInstant(),
				rs.getString("status"), rs.getObject("overall", Integer.class), rs.getString("answer_comment"),
				rs.getString("recorded_by"), rs.getString("recorded_how"), rs.getString("process_instance_id"));
	}

}
