package sa.org.hayaniyah.masar.committee;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The committee's rule: with at least {@code quorum} votes, the option whose share of the votes cast exceeds
 * {@code majority} wins; otherwise the request is undecided (a tie or no quorum) and goes to a supervisor.
 */
record VoteTally(Outcome outcome, String reason, Map<Vote, Integer> counts) {

	public static VoteTally of(Collection<Vote> votes, int quorum, double majority) {
		Map<Vote, Integer> counts = new EnumMap<>(Vote.class);
		for (Vote v : Vote.values()) {
			counts.put(v, 0);
		}
		votes.forEach(v -> counts.merge(v, 1, Integer::sum));
		if (votes.size() < quorum) {
			return new VoteTally(Outcome.UNDECIDED, "NO_QUORUM", counts);
		}
		for (Vote v : Vote.values()) {
			if (counts.get(v) > majority * votes.size()) {
				return new VoteTally(Outcome.of(v), "MAJORITY", counts);
			}
		}
		return new VoteTally(Outcome.UNDECIDED, "TIE", counts);
	}

	public int count(Vote vote) {
		return counts.get(vote);
	}

	/** For the supervisor's form and the decision record. */
	public String arabicSummary() {
		String verdict = switch (reason) {
			case "NO_QUORUM" -> "لم يكتمل النصاب";
			case "TIE" -> "تعادلت الأصوات";
			default -> "أغلبية";
		};
		return Arrays.stream(Vote.values()).map(vote -> vote.label() + ": " + count(vote)).collect(Collectors.joining("، "))
				+ " — " + verdict;
	}

}
