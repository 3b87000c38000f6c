package sa.org.hayaniyah.masar.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

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

	void record(long requestId, Instant deadline) {
		jdbc.sql("INSERT INTO sla_breach (request_id, deadline, recorded_at) VALUES (?, ?, ?)")
			.params(requestId, Timestamp.from(deadline), Timestamp.from(clock.instant()))
			.update();
	}

	public int countFor(long requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM sla_breach WHERE request_id = ?").param(requestId).query(Integer.class).single();
	}

}
