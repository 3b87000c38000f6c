package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.committee.CommitteeDecisions.Decision;
import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * On completing "البت في الطلب المتعادل": the supervisor's decision settles a tie or a missing quorum.
 */
@Component
public class RecordSupervisorDecisionListener implements TaskListener {

	private final CommitteeDecisions decisions;

	RecordSupervisorDecisionListener(CommitteeDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void notify(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		Decision decision = decisions.settle(DecisionVariables.requestId(execution), DecisionVariables.round(execution),
				Actors.of(task), JourneyVariables.SUPERVISOR_DECISION.get(task), JourneyVariables.SUPERVISOR_REASON.get(task));
		DecisionVariables.mapOut(decision, execution);
	}

}
