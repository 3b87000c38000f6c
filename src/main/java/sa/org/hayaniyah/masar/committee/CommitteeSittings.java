package sa.org.hayaniyah.masar.committee;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.SequenceGenerator;

/**
 * The committee's sittings: closing a sitting gives it the next number of the Hijri year and puts in its minutes every
 * numbered decision taken since the previous one, so each decision appears in exactly one set of minutes.
 */
@Service
class CommitteeSittings {

	public record Sitting(long id, int hijriYear, int number, LocalDate heldOn, String closedBy) {
	}

	/** A decision as the minutes list it: by number and request reference, with who voted how. */
	public record MinutedDecision(String decisionNumber, String reference, String supportType, String outcome, String decidedBy,
			String reason, int quorum, double majority, List<CommitteeRecords.CastVote> votes, List<String> recused) {
	}

	private final JdbcClient jdbc;

	private final SequenceGenerator sequences;

	private final CommitteeRecords records;

	private final Clock clock;

	CommitteeSittings(JdbcClient jdbc, SequenceGenerator sequences, CommitteeRecords records, Clock clock) {
		this.jdbc = jdbc;
		this.sequences = sequences;
		this.records = records;
		this.clock = clock;
	}

	/** Closes a sitting with the decisions not yet minuted; empty when there are none. */
	@Transactional
	public Optional<Sitting> close(String closedBy) {
		int pending = jdbc.sql("SELECT COUNT(*) FROM committee_decision WHERE decision_number IS NOT NULL AND sitting_id IS NULL")
			.query(Integer.class)
			.single();
		if (pending == 0) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(clock);
		int year = DualCalendar.hijriYear(today);
		int number = (int) sequences.nextWithoutGaps("committee-sitting", year);
		jdbc.sql("INSERT INTO committee_sitting (hijri_year, number, held_on, closed_by, closed_at) VALUES (?, ?, ?, ?, ?)")
			.params(year, number, Date.valueOf(today), closedBy, Timestamp.from(clock.instant()))
			.update();
		long id = jdbc.sql("SELECT id FROM committee_sitting WHERE hijri_year = ? AND number = ?")
			.params(year, number)
			.query(Long.class)
			.single();
		jdbc.sql("UPDATE committee_decision SET sitting_id = ? WHERE decision_number IS NOT NULL AND sitting_id IS NULL")
			.param(id)
			.update();
		return find(id);
	}

	public Optional<Sitting> find(long id) {
		return jdbc.sql("SELECT id, hijri_year, number, held_on, closed_by FROM committee_sitting WHERE id = ?")
			.param(id)
			.query((rs, i) -> new Sitting(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getDate(4).toLocalDate(), rs.getString(5)))
			.optional();
	}

	public List<MinutedDecision> decisions(long sittingId) {
		return jdbc.sql("""
				SELECT d.decision_number, r.reference_number, r.support_type, d.outcome, d.decided_by, d.reason, d.quorum,
				  d.majority, d.request_id, d.round
				FROM committee_decision d JOIN request_summary r ON r.id = d.request_id
				WHERE d.sitting_id = ? ORDER BY d.decision_number""")
			.param(sittingId)
			.query((rs, i) -> new MinutedDecision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7), rs.getDouble(8), records.votes(rs.getLong(9), rs.getInt(10)),
					records.recusedMembers(rs.getLong(9))))
			.list();
	}

}
