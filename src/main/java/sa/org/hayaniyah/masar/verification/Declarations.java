package sa.org.hayaniyah.masar.verification;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applicant declarations (R4): whether the applicant signed, how, and which employee recorded it.
 */
@Repository
public class Declarations {

	private final JdbcClient jdbc;

	private final Clock clock;

	Declarations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long requestId, boolean signed, SignatureMethod method, String notes, String recordedBy) {
		jdbc.sql("""
				INSERT INTO applicant_declaration (request_id, signed, signature_method, notes, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(requestId, signed, method == null ? null : method.name(), notes, recordedBy, Timestamp.from(clock.instant()))
			.update();
	}

	public boolean hasSignedDeclaration(long requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM applicant_declaration WHERE request_id = ? AND signed = TRUE")
			.param(requestId)
			.query(Integer.class)
			.single() > 0;
	}

}
