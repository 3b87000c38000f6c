package sa.org.hayaniyah.masar.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.common.InvalidInputException;

class CommitteeSeatRulesTest {

	static final Set<String> COMMITTEE = Set.of("committee1", "committee2", "committee3");

	@Test
	void aFreeMemberTakesTheSeatAndNobodyAssignedIsNoSeat() {
		assertThatCode(() -> CommitteeSeatRules.check("committee1", COMMITTEE, Set.of(), false, false)).doesNotThrowAnyException();
		assertThatCode(() -> CommitteeSeatRules.check(null, COMMITTEE, Set.of(), true, true)).doesNotThrowAnyException();
	}

	@Test
	void someoneOutsideTheCommitteeIsRefusedInArabic() {
		assertThatThrownBy(() -> CommitteeSeatRules.check("reception1", COMMITTEE, Set.of(), false, false))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).arabic())
				.contains("عضو في لجنة البحث"));
	}

	@Test
	void whoReceivedRecordedOrRecusedMayNotSit() {
		assertThatThrownBy(() -> CommitteeSeatRules.check("committee2", COMMITTEE, Set.of("committee2"), false, false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("received or recorded this request, or recused");
	}

	@Test
	void oneMemberHoldsOneSeatAndCastsOneVote() {
		assertThatThrownBy(() -> CommitteeSeatRules.check("committee3", COMMITTEE, Set.of(), true, false))
			.hasMessageContaining("already holds a seat");
		assertThatThrownBy(() -> CommitteeSeatRules.check("committee3", COMMITTEE, Set.of(), false, true))
			.hasMessageContaining("already holds a seat");
	}

}
