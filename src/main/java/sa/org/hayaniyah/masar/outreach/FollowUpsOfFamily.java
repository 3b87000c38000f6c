package sa.org.hayaniyah.masar.outreach;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A family's follow-ups moved to the file kept when a supervisor merges two files of one family (issue 20), and moved
 * back by the undo. A follow-up the kept file already has for the same reason and key stays where it is: the unique
 * (file, reason, key) allows one per situation, and the kept file's is the one outreach works on.
 */
@Component
public class FollowUpsOfFamily {

	private final JdbcClient jdbc;

	FollowUpsOfFamily(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the follow-ups of one file to another, in the caller's transaction; returns their ids. */
	public List<Long> move(long fromBeneficiaryId, long toBeneficiaryId) {
		List<Long> ids = jdbc.sql("""
				SELECT f.id FROM outreach_follow_up f WHERE f.beneficiary_id = ? AND NOT EXISTS (SELECT 1 FROM outreach_follow_up k
				  WHERE k.beneficiary_id = ? AND k.reason = f.reason AND k.reason_key = f.reason_key) ORDER BY f.id""")
			.params(fromBeneficiaryId, toBeneficiaryId)
			.query(Long.class)
			.list();
		setFile(ids, toBeneficiaryId);
		return ids;
	}

	/** The undo: these follow-ups go back to their file. */
	public void restore(List<Long> ids, long beneficiaryId) {
		setFile(ids, beneficiaryId);
	}

	private void setFile(List<Long> ids, long beneficiaryId) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE outreach_follow_up SET beneficiary_id = :file WHERE id IN (:ids)")
				.param("file", beneficiaryId)
				.param("ids", ids)
				.update();
		}
	}

}
