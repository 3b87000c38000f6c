package sa.org.hayaniyah.masar.sla;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Breaches of the two-week deadline (R5), kept for reporting.
 */
@Repository
public class SlaBreaches {

	private final JdbcClient jdbc;

	private final Clock clock;

	SlaBreaches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long requestId, Instant deadline, LocalDate newExpectedDate) {
		jdbc.sql("INSERT INTO sla_breach (request_id, deadline, recorded_at, new_expected_date) VALUES (?, ?, ?, ?)")
			.params(requestId, Timestamp.from(deadline), Timestamp.from(clock.instant()), Date.valueOf(newExpectedDate))
			.update();
	}

	void recordApologySent(long requestId) {
		jdbc.sql("UPDATE sla_breach SET apology_sent_at = ? WHERE request_id = ? AND apology_sent_at IS NULL")
			.params(Timestamp.from(clock.instant()), requestId)
			.update();
	}

	public int apologiesFor(long requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM sla_breach WHERE request_id = ? AND apology_sent_at IS NOT NULL")
			.param(requestId)
			.query(Integer.class)
			.single();
	}

	public int countFor(long requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM sla_breach WHERE request_id = ?").param(requestId).query(Integer.class).single();
	}

}
