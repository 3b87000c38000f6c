package sa.org.hayaniyah.masar.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follow-ups created by outreach runs; the unique (beneficiary, reason, key) keeps one per situation. Also the
 * collection of the run's multi-instance body ({@code ${outreachFollowUps.foundBy(execution.processInstanceId)}}).
 */
@Component("outreachFollowUps")
public class OutreachFollowUps {

	public record FollowUp(long id, long beneficiaryId, Reason reason, String reasonKey, Long requestId, String status,
			String outcome, String renewalReference, String fileNumber, String fullName, String mobile, String nationalId,
			String location, String requestReference) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	OutreachFollowUps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the findings not followed up before; returns how many are new. */
	int record(List<FamiliesNeedingAttention.Finding> findings, String runId) {
		int created = 0;
		for (FamiliesNeedingAttention.Finding f : findings) {
			// checked before inserting: a unique-key failure would doom the run's transaction on PostgreSQL
			boolean known = jdbc.sql("SELECT COUNT(*) FROM outreach_follow_up WHERE beneficiary_id = ? AND reason = ? AND reason_key = ?")
				.params(f.beneficiaryId(), f.reason().name(), f.reasonKey())
				.query(Integer.class)
				.single() > 0;
			if (!known) {
				jdbc.sql("""
						INSERT INTO outreach_follow_up (beneficiary_id, reason, reason_key, action, request_id, found_by, found_at,
						  status)
						VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
					.params(f.beneficiaryId(), f.reason().name(), f.reasonKey(), f.reason().action().name(), f.requestId(),
							runId, Timestamp.from(clock.instant()))
					.update();
				created++;
			}
		}
		return created;
	}

	public List<Long> foundBy(String runId) {
		return jdbc.sql("SELECT id FROM outreach_follow_up WHERE found_by = ? ORDER BY id").param(runId).query(Long.class).list();
	}

	public FollowUp get(long id) {
		return jdbc.sql("""
				SELECT f.id, f.beneficiary_id, f.reason, f.reason_key, f.request_id, f.status, f.outcome, f.renewal_reference,
				  b.file_number, b.full_name, b.mobile, b.national_id, b.city, b.district, b.address, r.reference_number
				FROM outreach_follow_up f JOIN beneficiary_file b ON b.id = f.beneficiary_id
				LEFT JOIN request_summary r ON r.id = f.request_id
				WHERE f.id = ?""")
			.param(id)
			.query((rs, i) -> new FollowUp(rs.getLong(1), rs.getLong(2), Reason.valueOf(rs.getString(3)), rs.getString(4),
					rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getString(11), rs.getString(12),
					String.join(" - ", Stream.of(rs.getString(13), rs.getString(14), rs.getString(15))
						.filter(s -> s != null && !s.isBlank())
						.toList()),
					rs.getString(16)))
			.single();
	}

	public List<FollowUp> forBeneficiary(long beneficiaryId) {
		return jdbc.sql("SELECT id FROM outreach_follow_up WHERE beneficiary_id = ? ORDER BY id")
			.param(beneficiaryId)
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	void complete(long id, String outcome, String completedBy, String renewalReference) {
		jdbc.sql("""
				UPDATE outreach_follow_up SET status = 'DONE', outcome = ?, completed_by = ?, completed_at = ?,
				  renewal_reference = COALESCE(?, renewal_reference)
				WHERE id = ? AND status = 'OPEN'""")
			.params(outcome, completedBy, Timestamp.from(clock.instant()), renewalReference, id)
			.update();
	}

}
