package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;

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
		decisions.settle(task.getExecution(), Actors.of(task), task.getVariable("supervisorDecision"),
				task.getVariable("supervisorReason"));
	}

}
