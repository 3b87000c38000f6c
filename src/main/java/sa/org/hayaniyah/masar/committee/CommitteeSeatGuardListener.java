package sa.org.hayaniyah.masar.committee;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * On every assignment of a vote task, including an administrator's reassignment: the seat goes to a committee member
 * who may sit on this request and holds no other seat on it.
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
		if (!members.current().contains(member)) {
			throw InvalidInputException.of("assignee", "لا يُسند التصويت إلا إلى عضو في لجنة البحث",
					member + " is not a committee member");
		}
		if (members.excluded(task).contains(member)) {
			throw InvalidInputException.of("assignee", "لا يصوّت على الطلب من استقبله أو سجّل بياناته أو تنحّى عنه لتعارض المصالح",
					member + " received or recorded this request, or recused from it");
		}
		long otherSeats = task.getProcessEngineServices()
			.getTaskService()
			.createTaskQuery()
			.processInstanceId(task.getProcessInstanceId())
			.taskDefinitionKey(task.getTaskDefinitionKey())
			.taskAssignee(member)
			.list()
			.stream()
			.filter(other -> !other.getId().equals(task.getId()))
			.count();
		int round = JourneyVariables.COMMITTEE_ROUND.get(task, 1);
		boolean voted = records.votes(JourneyVariables.SUPPORT_REQUEST_ID.get(task), round)
			.stream()
			.anyMatch(v -> v.member().equals(member));
		if (otherSeats > 0 || voted) {
			throw InvalidInputException.of("assignee", "لا يجوز لعضو واحد أن يشغل مقعدين في التصويت على الطلب نفسه",
					member + " already holds a seat on this request");
		}
	}

}
