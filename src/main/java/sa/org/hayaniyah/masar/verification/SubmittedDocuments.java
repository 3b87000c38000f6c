package sa.org.hayaniyah.masar.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents the applicant submitted, as reception checked them against the originals: type, when received,
 * who verified them and when.
 */
@Repository
public class SubmittedDocuments {

	public record Document(String type, String verifiedBy) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SubmittedDocuments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the documents not recorded yet for the request; a document is received once. */
	void recordReceived(long requestId, List<String> types, String verifiedBy) {
		Timestamp now = Timestamp.from(clock.instant());
		for (String type : types) {
			boolean known = jdbc.sql("SELECT COUNT(*) FROM submitted_document WHERE request_id = ? AND document_type = ?")
				.params(requestId, type)
				.query(Integer.class)
				.single() > 0;
			if (!known) {
				jdbc.sql("""
						INSERT INTO submitted_document (request_id, document_type, received_at, verified_by, verified_at)
						VALUES (?, ?, ?, ?, ?)""")
					.params(requestId, type, now, verifiedBy, now)
					.update();
			}
		}
	}

	public List<Document> findByRequest(long requestId) {
		return jdbc.sql("SELECT document_type, verified_by FROM submitted_document WHERE request_id = ? ORDER BY id")
			.param(requestId)
			.query((rs, i) -> new Document(rs.getString(1), rs.getString(2)))
			.list();
	}

}
