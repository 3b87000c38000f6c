package sa.org.hayaniyah.masar.committee;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * Records votes, applies the committee's rule and sets the decision the process routes on
 * ({@code committeeOutcome}, {@code decisionReason}, {@code committeeRound}).
 */
@Service
class CommitteeDecisions {

	private final CommitteeRecords records;

	private final CommitteeProperties committee;

	CommitteeDecisions(CommitteeRecords records, CommitteeProperties committee) {
		this.records = records;
		this.committee = committee;
	}

	void recordVote(VariableScope scope, String member, Object vote, Object reason) {
		records.recordVote(requestId(scope), round(scope), member, vote(vote, "vote"), reason(reason, "voteReason"));
	}

	void tally(VariableScope scope) {
		long requestId = requestId(scope);
		int round = round(scope);
		List<CommitteeRecords.CastVote> votes = records.votes(requestId, round);
		VoteTally tally = VoteTally.of(votes.stream().map(CommitteeRecords.CastVote::vote).toList(), committee.quorum(),
				committee.majority());
		String reasons = tally.outcome() == Outcome.UNDECIDED ? tally.arabicSummary()
				: votes.stream()
					.filter(v -> Outcome.of(v.vote()) == tally.outcome())
					.map(CommitteeRecords.CastVote::reason)
					.collect(Collectors.joining("\n"));
		records.recordDecision(requestId, round, tally.outcome(), "COMMITTEE", reasons, tally);
		scope.setVariable("tallySummary", tally.arabicSummary());
		apply(scope, tally.outcome(), reasons);
	}

	void settle(VariableScope scope, String supervisor, Object decision, Object reason) {
		Vote vote = vote(decision, "supervisorDecision");
		String why = reason(reason, "supervisorReason");
		long requestId = requestId(scope);
		int round = round(scope);
		VoteTally tally = VoteTally.of(records.votes(requestId, round).stream().map(CommitteeRecords.CastVote::vote).toList(),
				committee.quorum(), committee.majority());
		records.recordDecision(requestId, round, Outcome.of(vote), supervisor, why, tally);
		apply(scope, Outcome.of(vote), why);
	}

	private void apply(VariableScope scope, Outcome outcome, String reason) {
		scope.setVariable("committeeOutcome", outcome.name());
		scope.setVariable("decisionReason", reason);
		if (outcome == Outcome.RETURNED) {
			scope.setVariable("committeeReturnReason", reason);
			scope.setVariable("committeeRound", round(scope) + 1);
		}
	}

	private static long requestId(VariableScope scope) {
		return (Long) scope.getVariable("supportRequestId");
	}

	private static int round(VariableScope scope) {
		Object round = scope.getVariable("committeeRound");
		return round == null ? 1 : ((Number) round).intValue();
	}

	private static Vote vote(Object value, String field) {
		try {
			return Vote.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(List.of(new Violation(field, "يجب اختيار القرار: قبول أو رفض أو إعادة للبحث",
					field + " must be APPROVE, REJECT or RETURN")));
		}
	}

	private static String reason(Object value, String field) {
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(List.of(new Violation(field, "يجب ذكر سبب القرار", field + " is required")));
		}
		return value.toString().strip();
	}

}
