package sa.org.hayaniyah.masar.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.SequenceGenerator;
import sa.org.hayaniyah.masar.verification.Declarations;
import sa.org.hayaniyah.masar.verification.VerificationResults;

/**
 * Records votes, applies the committee's rule and sets the decision the process routes on
 * ({@code committeeOutcome}, {@code decisionReason}, {@code committeeRound}).
 */
@Service
class CommitteeDecisions {

	/** The vote form's choice for a member with a conflict of interest: a recusal, not a vote. */
	static final String RECUSE = "RECUSE";

	private final CommitteeRecords records;

	private final CommitteeProperties committee;

	private final SequenceGenerator sequences;

	private final Clock clock;

	private final VerificationResults verification;

	private final Declarations declarations;

	CommitteeDecisions(CommitteeRecords records, CommitteeProperties committee, SequenceGenerator sequences, Clock clock,
			VerificationResults verification, Declarations declarations) {
		this.records = records;
		this.committee = committee;
		this.sequences = sequences;
		this.clock = clock;
		this.verification = verification;
		this.declarations = declarations;
	}

	void recordVote(VariableScope scope, String member, Object vote, Object reason, Object recusalReason) {
		long requestId = requestId(scope);
		if (records.recusedMembers(requestId).contains(member)) {
			throw InvalidInputException.of("vote", "تنحّيت عن هذا الطلب لتعارض المصالح، فلا يُحتسب لك صوت فيه",
					"member " + member + " recused from this request and cannot vote on it");
		}
		if (RECUSE.equals(String.valueOf(vote))) {
			String why = String.valueOf(recusalReason);
			if (!List.of("RELATIVE", "OTHER").contains(why)) {
				throw InvalidInputException.of("recusalReason", "اختر سبب التنحي: قرابة بالمتقدم أو تعارض آخر",
						"recusalReason must be RELATIVE or OTHER");
			}
			records.recordRecusal(requestId, member, why, reason(reason, "voteReason"));
			return;
		}
		records.recordVote(requestId, round(scope), member, vote(vote, "vote"), reason(reason, "voteReason"));
	}

	void tally(VariableScope scope) {
		long requestId = requestId(scope);
		requireVerifiedAndDeclared(requestId);
		int round = round(scope);
		List<CommitteeRecords.CastVote> votes = records.votes(requestId, round);
		VoteTally tally = VoteTally.of(votes.stream().map(CommitteeRecords.CastVote::vote).toList(), committee.quorum(),
				committee.majority());
		String reasons = tally.outcome() == Outcome.UNDECIDED ? tally.arabicSummary()
				: votes.stream()
					.filter(v -> Outcome.of(v.vote()) == tally.outcome())
					.map(CommitteeRecords.CastVote::reason)
					.collect(Collectors.joining("\n"));
		records.recordDecision(requestId, round, tally.outcome(), "COMMITTEE", reasons, tally, number(scope, tally.outcome()),
				committee);
		scope.setVariable("tallySummary", tally.arabicSummary());
		apply(scope, tally.outcome(), reasons);
	}

	void settle(VariableScope scope, String supervisor, Object decision, Object reason) {
		Vote vote = vote(decision, "supervisorDecision");
		String why = reason(reason, "supervisorReason");
		long requestId = requestId(scope);
		requireVerifiedAndDeclared(requestId);
		int round = round(scope);
		VoteTally tally = VoteTally.of(records.votes(requestId, round).stream().map(CommitteeRecords.CastVote::vote).toList(),
				committee.quorum(), committee.majority());
		records.recordDecision(requestId, round, Outcome.of(vote), supervisor, why, tally, number(scope, Outcome.of(vote)),
				committee);
		apply(scope, Outcome.of(vote), why);
	}

	/**
	 * No decision on a request whose data did not pass verification or whose applicant has not signed the declaration
	 * (R4), however the case reached the committee. The normal path never fails this; a case moved here by start
	 * instructions or modification does, and the whole command is rolled back.
	 */
	private void requireVerifiedAndDeclared(long requestId) {
		if (!verification.passed(requestId) || !declarations.hasSignedDeclaration(requestId)) {
			throw new BadUserRequestException("لا يُبتّ في طلب لم تنجح بياناته في التحقق أو لم يوقّع صاحبه الإقرار"
					+ " / request " + requestId + " has no passed verification or no signed declaration: no committee decision");
		}
	}

	/**
	 * Every decision (approve, reject, return) gets the next number of the Hijri year's register, without gaps; a tie
	 * or missing quorum is not a decision and gets none.
	 */
	private String number(VariableScope scope, Outcome outcome) {
		if (outcome == Outcome.UNDECIDED) {
			return null;
		}
		int hijriYear = DualCalendar.hijriYear(LocalDate.now(clock));
		String number = String.format(Locale.ROOT, "HY-D-%d-%04d", hijriYear,
				sequences.nextWithoutGaps("committee-decision", hijriYear));
		scope.setVariable("decisionNumber", number);
		return number;
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
			throw InvalidInputException.of(field, "يجب اختيار القرار: قبول أو رفض أو إعادة للبحث",
					field + " must be APPROVE, REJECT or RETURN");
		}
	}

	private static String reason(Object value, String field) {
		if (value == null || value.toString().isBlank()) {
			throw InvalidInputException.of(field, "يجب ذكر سبب القرار", field + " is required");
		}
		return value.toString().strip();
	}

}
