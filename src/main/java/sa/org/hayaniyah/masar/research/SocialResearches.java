package sa.org.hayaniyah.masar.research;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Social research reports, one per research round (a committee may return a case for more research).
 */
@Repository
public class SocialResearches {

	private final JdbcClient jdbc;

	private final Clock clock;

	SocialResearches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long requestId, int round, String researcher, boolean fieldVisit, LocalDate visitDate, String visitLocation,
			String findings, String recommendation) {
		jdbc.sql("""
				INSERT INTO social_research (request_id, round, researcher, field_visit, visit_date, visit_location, findings,
				  recommendation, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, round, researcher, fieldVisit, visitDate == null ? null : Date.valueOf(visitDate), visitLocation,
					findings, recommendation, Timestamp.from(clock.instant()))
			.update();
	}

	public int countFor(long requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM social_research WHERE request_id = ?").param(requestId).query(Integer.class).single();
	}

}
