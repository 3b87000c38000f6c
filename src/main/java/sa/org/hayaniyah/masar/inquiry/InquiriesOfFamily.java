package sa.org.hayaniyah.masar.inquiry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A family's inquiries and complaints moved to the family kept when a supervisor merges two families (issue 20), and
 * moved back by the undo. An inquiry names the family by national ID, by file, or both; each is moved on its own, so
 * the undo puts back exactly the column that moved. An inquiry that names only a request follows the request.
 */
@Component
public class InquiriesOfFamily {

	/** The inquiries whose national ID moved, and those whose file moved. */
	public record Moved(List<Long> byNationalId, List<Long> byFile) {
	}

	private final JdbcClient jdbc;

	InquiriesOfFamily(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves the inquiries of one family to another, in the caller's transaction.
	 *
	 * @param fromBeneficiaryId the merged family's file, or null when it has none (a request not yet registered)
	 */
	public Moved move(String fromNationalId, Long fromBeneficiaryId, String toNationalId, long toBeneficiaryId) {
		List<Long> byNationalId = jdbc.sql("SELECT id FROM inquiry WHERE national_id = ? ORDER BY id")
			.param(fromNationalId)
			.query(Long.class)
			.list();
		List<Long> byFile = fromBeneficiaryId == null ? List.of()
				: jdbc.sql("SELECT id FROM inquiry WHERE beneficiary_id = ? ORDER BY id")
					.param(fromBeneficiaryId)
					.query(Long.class)
					.list();
		set("national_id", byNationalId, toNationalId);
		set("beneficiary_id", byFile, toBeneficiaryId);
		return new Moved(byNationalId, byFile);
	}

	/** The undo: each moved column back to the merged family's value. */
	public void restore(Moved moved, String nationalId, Long beneficiaryId) {
		set("national_id", moved.byNationalId(), nationalId);
		set("beneficiary_id", moved.byFile(), beneficiaryId);
	}

	private void set(String column, List<Long> ids, Object value) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE inquiry SET " + column + " = :value WHERE id IN (:ids)")
				.param("value", value)
				.param("ids", ids)
				.update();
		}
	}

}
