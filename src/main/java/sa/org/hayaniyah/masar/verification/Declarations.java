package sa.org.hayaniyah.masar.verification;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applicant declarations (R4): whether the applicant signed, how and when, who witnessed, and which employee recorded it.
 */
@Repository
public class Declarations {

	private final JdbcClient jdbc;

	private final Clock clock;

	Declarations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long requestId, boolean signed, SignatureMethod method, String witness, String notes, String recordedBy) {
		jdbc.sql("""
				INSERT INTO applicant_declaration (request_id, signed, signature_method, witness, notes, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, signed, method == null ? null : method.name(), witness, notes, recordedBy,
					Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Whether the applicant's latest declaration is signed. The process asks this before the committee
	 * ({@code ${declarations.hasSignedDeclaration(supportRequestId)}}), so only a recorded declaration lets a request pass.
	 */
	public boolean hasSignedDeclaration(long requestId) {
		return jdbc.sql("SELECT signed FROM applicant_declaration WHERE request_id = ? ORDER BY id DESC")
			.param(requestId)
			.query(Boolean.class)
			.stream()
			.findFirst()
			.orElse(false);
	}

}
