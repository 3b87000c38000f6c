package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * On completing a member's "البت في طلب الدعم" task: the vote and its reason are stored for this round, or the
 * member's recusal for a conflict of interest, which keeps them off this request in every round.
 */
@Component
public class RecordCommitteeVoteListener implements TaskListener {

	private final CommitteeDecisions decisions;

	RecordCommitteeVoteListener(CommitteeDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void notify(DelegateTask task) {
		decisions.recordVote(DecisionVariables.requestId(task), DecisionVariables.round(task), Actors.of(task),
				JourneyVariables.VOTE.get(task), JourneyVariables.VOTE_REASON.get(task), JourneyVariables.RECUSAL_REASON.get(task));
	}

}
