package sa.org.hayaniyah.masar.committee;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;

/**
 * The members who get a vote task ({@code ${committeeMembers.eligible(execution)}}): one seat each, so nobody votes
 * twice; never the employee who received the request or recorded its data, nor a member who recused from it
 * (separation of duties, enforced by the engine rather than by convention).
 */
@Component("committeeMembers")
public class CommitteeMembers {

	private final IdentityService identityService;

	private final CommitteeProperties committee;

	private final CommitteeRecords records;

	CommitteeMembers(IdentityService identityService, CommitteeProperties committee, CommitteeRecords records) {
		this.identityService = identityService;
		this.committee = committee;
		this.records = records;
	}

	public List<String> eligible(VariableScope request) {
		Set<String> excluded = excluded(request);
		return current().stream().filter(member -> !excluded.contains(member)).toList();
	}

	/** Who may not sit on this request: its receiver, whoever recorded its data, and members who recused. */
	Set<String> excluded(VariableScope request) {
		Set<String> excluded = new HashSet<>(records.recusedMembers(JourneyVariables.SUPPORT_REQUEST_ID.get(request)));
		for (ProcessVariable<String> handledBy : List.of(JourneyVariables.RECEIVED_BY,
				JourneyVariables.APPLICANT_DATA_RECORDED_BY)) {
			String user = handledBy.get(request);
			if (user != null) {
				excluded.add(user);
			}
		}
		return excluded;
	}

	public List<String> current() {
		return identityService.createUserQuery()
			.memberOfGroup(committee.group())
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(User::getId)
			.toList();
	}

}
