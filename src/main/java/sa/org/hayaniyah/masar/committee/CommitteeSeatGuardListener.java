package sa.org.hayaniyah.masar.committee;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * On every assignment of a vote task, including an administrator's reassignment: the seat goes to a committee member
 * who may sit on this request and holds no other seat on it ({@link CommitteeSeatRules}); this listener gathers the
 * facts.
 */
@Component
public class CommitteeSeatGuardListener implements TaskListener {

	private final CommitteeMembers members;

	private final CommitteeRecords records;

	CommitteeSeatGuardListener(CommitteeMembers members, CommitteeRecords records) {
		this.members = members;
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		String member = task.getAssignee();
		if (member == null) {
			return;
		}
		boolean holdsOtherSeat = task.getProcessEngineServices()
			.getTaskService()
			.createTaskQuery()
			.processInstanceId(task.getProcessInstanceId())
			.taskDefinitionKey(task.getTaskDefinitionKey())
			.taskAssignee(member)
			.list()
			.stream()
			.anyMatch(other -> !other.getId().equals(task.getId()));
		int round = JourneyVariables.COMMITTEE_ROUND.get(task, 1);
		boolean voted = records.votes(JourneyVariables.SUPPORT_REQUEST_ID.get(task), round)
			.stream()
			.anyMatch(v -> v.member().equals(member));
		CommitteeSeatRules.check(member, Set.copyOf(members.current()), members.excluded(task), holdsOtherSeat, voted);
	}

}
