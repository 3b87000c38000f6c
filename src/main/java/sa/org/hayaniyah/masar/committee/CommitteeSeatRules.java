package sa.org.hayaniyah.masar.committee;

import java.util.Set;

import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * Who may take a seat on a request's vote: a member of the committee, not one who received, recorded or recused from
 * the request, and not one already holding a seat or a cast vote on it (A1).
 */
final class CommitteeSeatRules {

	private CommitteeSeatRules() {
	}

	/** Nobody assigned is no seat taken: nothing to check. */
	static void check(String member, Set<String> committee, Set<String> excluded, boolean holdsOtherSeat, boolean voted) {
		if (member == null) {
			return;
		}
		if (!committee.contains(member)) {
			throw InvalidInputException.of("assignee", "لا يُسند التصويت إلا إلى عضو في لجنة البحث",
					member + " is not a committee member");
		}
		if (excluded.contains(member)) {
			throw InvalidInputException.of("assignee", "لا يصوّت على الطلب من استقبله أو سجّل بياناته أو تنحّى عنه لتعارض المصالح",
					member + " received or recorded this request, or recused from it");
		}
		if (holdsOtherSeat || voted) {
			throw InvalidInputException.of("assignee", "لا يجوز لعضو واحد أن يشغل مقعدين في التصويت على الطلب نفسه",
					member + " already holds a seat on this request");
		}
	}

}
