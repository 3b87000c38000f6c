package sa.org.hayaniyah.masar.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.SequenceGenerator;
import sa.org.hayaniyah.masar.verification.Declarations;
import sa.org.hayaniyah.masar.verification.VerificationResults;

/**
 * Records votes, applies the committee's rule and returns the decision the process routes on; the delegate and the
 * listener that call it map the {@link Decision} onto the process ({@link DecisionVariables}).
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

	void recordVote(long requestId, int round, String member, Object vote, Object reason, Object recusalReason) {
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
		records.recordVote(requestId, round, member, vote(vote, "vote"), reason(reason, "voteReason"));
	}

	Decision tally(long requestId, int round) {
		requireVerifiedAndDeclared(requestId);
		List<CommitteeRecords.CastVote> votes = records.votes(requestId, round);
		VoteTally tally = VoteTally.of(votes.stream().map(CommitteeRecords.CastVote::vote).toList(), committee.quorum(),
				committee.majority());
		String reasons = tally.outcome() == Outcome.UNDECIDED ? tally.arabicSummary()
				: votes.stream()
					.filter(v -> Outcome.of(v.vote()) == tally.outcome())
					.map(CommitteeRecords.CastVote::reason)
					.collect(Collectors.joining("\n"));
		String number = number(tally.outcome());
		records.recordDecision(requestId, round, tally.outcome(), "COMMITTEE", reasons, tally, number, committee);
		return new Decision(tally.outcome(), reasons, number, tally.arabicSummary(), round);
	}

	Decision settle(long requestId, int round, String supervisor, Object decision, Object reason) {
		Vote vote = vote(decision, "supervisorDecision");
		String why = reason(reason, "supervisorReason");
		requireVerifiedAndDeclared(requestId);
		VoteTally tally = VoteTally.of(records.votes(requestId, round).stream().map(CommitteeRecords.CastVote::vote).toList(),
				committee.quorum(), committee.majority());
		String number = number(Outcome.of(vote));
		records.recordDecision(requestId, round, Outcome.of(vote), supervisor, why, tally, number, committee);
		return new Decision(Outcome.of(vote), why, number, null, round);
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
	private String number(Outcome outcome) {
		if (outcome == Outcome.UNDECIDED) {
			return null;
		}
		int hijriYear = DualCalendar.hijriYear(LocalDate.now(clock));
		return String.format(Locale.ROOT, "HY-D-%d-%04d", hijriYear,
				sequences.nextWithoutGaps("committee-decision", hijriYear));
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

	/**
	 * A round's decision: its number (none for a tie or missing quorum), the tally's summary when the committee's votes
	 * decided it (none when a supervisor settled it), and the round it was taken in; a returned request is researched
	 * and voted on again in the next round.
	 */
	record Decision(Outcome outcome, String reason, String number, String tallySummary, int round) {

		int nextRound() {
			return outcome == Outcome.RETURNED ? round + 1 : round;
		}

	}

}
