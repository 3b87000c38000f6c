package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;

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
		decisions.recordVote(task, Actors.of(task), task.getVariable("vote"), task.getVariable("voteReason"),
				task.getVariable("recusalReason"));
	}

}
