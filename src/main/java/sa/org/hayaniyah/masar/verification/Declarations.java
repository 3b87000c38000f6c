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

	private final DeclaredData declaredData;

	private final Clock clock;

	Declarations(JdbcClient jdbc, DeclaredData declaredData, Clock clock) {
		this.jdbc = jdbc;
		this.declaredData = declaredData;
		this.clock = clock;
	}

	/** Records the declaration bound to the data as they are now: a later change shows in the hash. */
	void record(long requestId, boolean signed, SignatureMethod method, String witness, String notes, String recordedBy) {
		jdbc.sql("""
				INSERT INTO applicant_declaration (request_id, signed, signature_method, witness, notes, recorded_by, recorded_at,
				  data_hash, channel)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT channel FROM request_summary WHERE id = ?))""")
			.params(requestId, signed, method == null ? null : method.name(), witness, notes, recordedBy,
					Timestamp.from(clock.instant()), declaredData.hash(requestId), requestId)
			.update();
	}

	/**
	 * Whether the latest declaration is signed and still matches the data (R4). When the data changed since, the
	 * declaration is marked invalidated and a new one is needed before the committee.
	 */
	public boolean matchesDeclaredData(long requestId) {
		record Latest(long id, boolean signed, String hash) {
		}
		Latest latest = jdbc.sql("SELECT id, signed, data_hash FROM applicant_declaration WHERE request_id = ? ORDER BY id DESC")
			.param(requestId)
			.query((rs, i) -> new Latest(rs.getLong(1), rs.getBoolean(2), rs.getString(3)))
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (latest == null || !latest.signed()) {
			return false;
		}
		if (declaredData.hash(requestId).equals(latest.hash())) {
			return true;
		}
		jdbc.sql("UPDATE applicant_declaration SET invalidated_at = ? WHERE id = ? AND invalidated_at IS NULL")
			.params(Timestamp.from(clock.instant()), latest.id())
			.update();
		return false;
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
