package sa.org.hayaniyah.masar.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static sa.org.hayaniyah.masar.committee.Vote.APPROVE;
import static sa.org.hayaniyah.masar.committee.Vote.REJECT;
import static sa.org.hayaniyah.masar.committee.Vote.RETURN;

import java.util.List;

import org.junit.jupiter.api.Test;

class VoteTallyTest {

	private static final double SIMPLE_MAJORITY = 0.5;

	@Test
	void undecidedWithoutQuorum() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, APPROVE), 3, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.UNDECIDED);
		assertThat(tally.reason()).isEqualTo("NO_QUORUM");
		assertThat(tally.count(APPROVE)).isEqualTo(2);
	}

	@Test
	void undecidedWithoutAnyVote() {
		VoteTally tally = VoteTally.of(List.of(), 1, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.UNDECIDED);
		assertThat(tally.reason()).isEqualTo("NO_QUORUM");
		assertThat(tally.counts()).containsOnlyKeys(APPROVE, REJECT, RETURN).allSatisfy((vote, n) -> assertThat(n).isZero());
	}

	@Test
	void approvedByMajority() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, REJECT, APPROVE), 3, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.APPROVED);
		assertThat(tally.reason()).isEqualTo("MAJORITY");
		assertThat(tally.count(APPROVE)).isEqualTo(2);
		assertThat(tally.count(REJECT)).isEqualTo(1);
		assertThat(tally.count(RETURN)).isZero();
	}

	@Test
	void rejectedByMajority() {
		VoteTally tally = VoteTally.of(List.of(REJECT, REJECT, APPROVE), 3, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(tally.reason()).isEqualTo("MAJORITY");
	}

	@Test
	void returnedForResearchByMajority() {
		VoteTally tally = VoteTally.of(List.of(RETURN, APPROVE, RETURN), 3, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.RETURNED);
		assertThat(tally.reason()).isEqualTo("MAJORITY");
	}

	@Test
	void threeWaySplitIsATie() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, REJECT, RETURN), 3, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.UNDECIDED);
		assertThat(tally.reason()).isEqualTo("TIE");
	}

	@Test
	void halfOfTheVotesIsNotAMajority() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, REJECT), 2, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.UNDECIDED);
		assertThat(tally.reason()).isEqualTo("TIE");
	}

	@Test
	void votesBeyondTheQuorumCount() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, APPROVE, APPROVE, REJECT), 2, SIMPLE_MAJORITY);

		assertThat(tally.outcome()).isEqualTo(Outcome.APPROVED);
		assertThat(tally.count(APPROVE)).isEqualTo(3);
	}

	@Test
	void twoThirdsExceedsAMajorityOf66Percent() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, APPROVE, REJECT), 3, 0.66);

		assertThat(tally.outcome()).isEqualTo(Outcome.APPROVED);
		assertThat(tally.reason()).isEqualTo("MAJORITY");
	}

	@Test
	void twoThirdsFallShortOfAMajorityOf70Percent() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, APPROVE, REJECT), 3, 0.7);

		assertThat(tally.outcome()).isEqualTo(Outcome.UNDECIDED);
		assertThat(tally.reason()).isEqualTo("TIE");
	}

	@Test
	void arabicSummaryOfAMajority() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, REJECT, APPROVE), 3, SIMPLE_MAJORITY);

		assertThat(tally.arabicSummary()).isEqualTo("قبول: 2، رفض: 1، إعادة للبحث: 0 — أغلبية");
	}

	@Test
	void arabicSummaryOfATie() {
		VoteTally tally = VoteTally.of(List.of(APPROVE, REJECT, RETURN), 3, SIMPLE_MAJORITY);

		assertThat(tally.arabicSummary()).isEqualTo("قبول: 1، رفض: 1، إعادة للبحث: 1 — تعادلت الأصوات");
	}

	@Test
	void arabicSummaryWithoutQuorum() {
		VoteTally tally = VoteTally.of(List.of(RETURN), 2, SIMPLE_MAJORITY);

		assertThat(tally.arabicSummary()).isEqualTo("قبول: 0، رفض: 0، إعادة للبحث: 1 — لم يكتمل النصاب");
	}

}
