package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.VariableScope;

import sa.org.hayaniyah.masar.committee.CommitteeDecisions.Decision;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * The committee's variables in and out of the journey, for the delegate and the listeners that call
 * {@link CommitteeDecisions}: the request and round it decides on, and the decision the gateways route on.
 */
final class DecisionVariables {

	private DecisionVariables() {
	}

	static long requestId(VariableScope scope) {
		return JourneyVariables.SUPPORT_REQUEST_ID.get(scope);
	}

	static int round(VariableScope scope) {
		return JourneyVariables.COMMITTEE_ROUND.get(scope, 1);
	}

	static void mapOut(Decision decision, VariableScope scope) {
		if (decision.tallySummary() != null) {
			JourneyVariables.TALLY_SUMMARY.set(scope, decision.tallySummary());
		}
		// a tie or a missing quorum gets no number; the previous round's stays
		if (decision.number() != null) {
			JourneyVariables.DECISION_NUMBER.set(scope, decision.number());
		}
		JourneyVariables.COMMITTEE_OUTCOME.set(scope, decision.outcome().name());
		JourneyVariables.DECISION_REASON.set(scope, decision.reason());
		if (decision.outcome() == Outcome.RETURNED) {
			JourneyVariables.COMMITTEE_RETURN_REASON.set(scope, decision.reason());
			JourneyVariables.COMMITTEE_ROUND.set(scope, decision.nextRound());
		}
	}

}
