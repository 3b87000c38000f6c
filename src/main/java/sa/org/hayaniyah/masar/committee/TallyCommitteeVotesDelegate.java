package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.committee.CommitteeDecisions.Decision;

/**
 * "احتساب أصوات اللجنة": applies the configured quorum and majority to this round's votes.
 */
@Component
public class TallyCommitteeVotesDelegate implements JavaDelegate {

	private final CommitteeDecisions decisions;

	TallyCommitteeVotesDelegate(CommitteeDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Decision decision = decisions.tally(DecisionVariables.requestId(execution), DecisionVariables.round(execution));
		DecisionVariables.mapOut(decision, execution);
	}

}
