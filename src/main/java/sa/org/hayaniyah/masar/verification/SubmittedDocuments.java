package sa.org.hayaniyah.masar.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * Documents the applicant submitted: the uploaded file (name, SHA-256 checksum, size) and reception's check against
 * the original (who and when). One row per request and document type; a new upload replaces the file.
 */
@Repository
public class SubmittedDocuments {

	public record Document(String type, String fileName, String checksum, Long sizeBytes, String verifiedBy) {
	}

	public record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SubmittedDocuments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Reception checked these documents against the originals; the first check counts. */
	void recordReceived(long requestId, List<String> types, String verifiedBy) {
		Timestamp now = Timestamp.from(clock.instant());
		for (String type : types) {
			if (!exists(requestId, type)) {
				jdbc.sql("INSERT INTO submitted_document (request_id, document_type, received_at) VALUES (?, ?, ?)")
					.params(requestId, type, now)
					.update();
			}
			jdbc.sql("""
					UPDATE submitted_document SET verified_by = ?, verified_at = ?
					WHERE request_id = ? AND document_type = ? AND verified_by IS NULL""")
				.params(verifiedBy, now, requestId, type)
				.update();
		}
	}

	/**
	 * A document the applicant sent through the website portal (issue 23), its type already checked by its bytes
	 * there; stored under the random name the portal gave it, for staff to check against the original as usual.
	 */
	public void storeFromApplicant(long requestId, String type, String storedName, String contentType, byte[] bytes) {
		if (FormValues.enumValue(DocumentType.class, type) == null) {
			throw InvalidInputException.of("type", "نوع المستند غير معروف", "unknown document type");
		}
		storeFile(requestId, type, storedName, contentType, sha256(bytes), bytes);
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	void storeFile(long requestId, String type, String fileName, String contentType, String checksum, byte[] bytes) {
		Timestamp now = Timestamp.from(clock.instant());
		if (!exists(requestId, type)) {
			jdbc.sql("INSERT INTO submitted_document (request_id, document_type, received_at) VALUES (?, ?, ?)")
				.params(requestId, type, now)
				.update();
		}
		jdbc.sql("""
				UPDATE submitted_document SET file_name = ?, content_type = ?, checksum = ?, size_bytes = ?, content = ?,
				  received_at = ?
				WHERE request_id = ? AND document_type = ?""")
			.params(fileName, contentType, checksum, (long) bytes.length, bytes, now, requestId, type)
			.update();
	}

	public List<Document> findByRequest(long requestId) {
		return jdbc.sql("""
				SELECT document_type, file_name, checksum, size_bytes, verified_by FROM submitted_document
				WHERE request_id = ? ORDER BY id""")
			.param(requestId)
			.query((rs, i) -> new Document(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5)))
			.list();
	}

	Optional<Content> content(long requestId, String type) {
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM submitted_document
				WHERE request_id = ? AND document_type = ? AND content IS NOT NULL""")
			.params(requestId, type)
			.query((rs, i) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private boolean exists(long requestId, String type) {
		return jdbc.sql("SELECT COUNT(*) FROM submitted_document WHERE request_id = ? AND document_type = ?")
			.params(requestId, type)
			.query(Integer.class)
			.single() > 0;
	}

}
