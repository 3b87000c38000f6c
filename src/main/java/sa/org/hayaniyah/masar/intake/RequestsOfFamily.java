package sa.org.hayaniyah.masar.intake;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A family's requests moved to the file kept when a supervisor merges two files of one family (issue 20), and moved
 * back by the undo: the request's national ID is what the family file and outreach find it by. Nothing else of the
 * request changes (the applicant's data stay as declared).
 */
@Component
public class RequestsOfFamily {

	/** Both families have an open request: one of them must close first (one open request per national ID). */
	public static final class BothOpen extends RuntimeException {

		BothOpen() {
			super("both national IDs have an open request");
		}

	}

	private final JdbcClient jdbc;

	RequestsOfFamily(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves every request of one national ID to another, in the caller's transaction; returns their ids. */
	public List<Long> move(String fromNationalId, String toNationalId) {
		boolean fromOpen = jdbc.sql("SELECT COUNT(*) FROM support_request WHERE open_national_id = ?")
			.param(fromNationalId)
			.query(Integer.class)
			.single() > 0;
		boolean toOpen = jdbc.sql("SELECT COUNT(*) FROM support_request WHERE open_national_id = ?")
			.param(toNationalId)
			.query(Integer.class)
			.single() > 0;
		if (fromOpen && toOpen) {
			throw new BothOpen();
		}
		List<Long> ids = jdbc.sql("SELECT id FROM support_request WHERE national_id = ? ORDER BY id")
			.param(fromNationalId)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					UPDATE support_request SET national_id = :to,
					  open_national_id = CASE WHEN open_national_id IS NULL THEN NULL ELSE :to END
					WHERE id IN (:ids)""")
				.param("to", toNationalId)
				.param("ids", ids)
				.update();
		}
		return ids;
	}

	/** The undo: these requests go back to their national ID. */
	public void restore(List<Long> ids, String nationalId) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE support_request SET national_id = :id,
				  open_national_id = CASE WHEN open_national_id IS NULL THEN NULL ELSE :id END
				WHERE id IN (:ids)""")
			.param("id", nationalId)
			.param("ids", ids)
			.update();
	}

}
