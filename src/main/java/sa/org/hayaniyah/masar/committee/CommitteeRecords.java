package sa.org.hayaniyah.masar.committee;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * Votes and decisions of the research committee, per request and round.
 */
@Repository
public class CommitteeRecords {

	public record CastVote(String member, Vote vote, String reason) {
	}

	public record Decision(int round, Outcome outcome, String decidedBy, String reason, String decisionNumber, int recused) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CommitteeRecords(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	void recordVote(long requestId, int round, String member, Vote vote, String reason) {
		try {
			jdbc.sql("INSERT INTO committee_vote (request_id, round, member, vote, reason, voted_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(requestId, round, member, vote.name(), reason, Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException secondVote) {
			throw InvalidInputException.of("vote", "سبق لهذا العضو التصويت على الطلب في هذه الجولة",
					"member " + member + " has already voted in round " + round);
		}
	}

	public List<CastVote> votes(long requestId, int round) {
		return jdbc.sql("SELECT member, vote, reason FROM committee_vote WHERE request_id = ? AND round = ? ORDER BY id")
			.params(requestId, round)
			.query((rs, i) -> new CastVote(rs.getString("member"), Vote.valueOf(rs.getString("vote")), rs.getString("reason")))
			.list();
	}

	void recordDecision(long requestId, int round, Outcome outcome, String decidedBy, String reason, VoteTally tally,
			String decisionNumber, CommitteeProperties rule) {
		Instant decidedAt = clock.instant();
		jdbc.sql("""
				INSERT INTO committee_decision (request_id, round, outcome, decided_by, reason, approve_votes, reject_votes,
				  return_votes, decided_at, decision_number, quorum, majority, recused)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, round, outcome.name(), decidedBy, reason, tally.count(Vote.APPROVE), tally.count(Vote.REJECT),
					tally.count(Vote.RETURN), Timestamp.from(decidedAt), decisionNumber, rule.quorum(),
					BigDecimal.valueOf(rule.majority()), recusedMembers(requestId).size())
			.update();
		events.publishEvent(new DecisionRecorded(requestId, outcome, decidedAt));
	}

	/** A member's declared conflict of interest on a request: nobody judges their own cause. */
	void recordRecusal(long requestId, String member, String reason, String note) {
		jdbc.sql("INSERT INTO committee_recusal (request_id, member, reason, note, recorded_at) VALUES (?, ?, ?, ?, ?)")
			.params(requestId, member, reason, note, Timestamp.from(clock.instant()))
			.update();
	}

	public List<String> recusedMembers(long requestId) {
		return jdbc.sql("SELECT member FROM committee_recusal WHERE request_id = ? ORDER BY id")
			.param(requestId)
			.query(String.class)
			.list();
	}

	/**
	 * The register number of the request's approval, if its latest decision approves it. The steps after the committee
	 * (registration, delivery) ask this before acting, whichever way the case reached them.
	 */
	public Optional<String> approvedDecisionNumber(long requestId) {
		return jdbc.sql("SELECT outcome, decision_number FROM committee_decision WHERE request_id = ? ORDER BY id DESC")
			.param(requestId)
			.query((rs, i) -> Outcome.APPROVED.name().equals(rs.getString(1)) ? Optional.ofNullable(rs.getString(2))
					: Optional.<String>empty())
			.stream()
			.findFirst()
			.flatMap(number -> number);
	}

	public List<Decision> decisions(long requestId) {
		return jdbc.sql("""
				SELECT round, outcome, decided_by, reason, decision_number, recused FROM committee_decision
				WHERE request_id = ? ORDER BY id""")
			.param(requestId)
			.query((rs, i) -> new Decision(rs.getInt("round"), Outcome.valueOf(rs.getString("outcome")),
					rs.getString("decided_by"), rs.getString("reason"), rs.getString("decision_number"), rs.getInt("recused")))
			.list();
	}

}
