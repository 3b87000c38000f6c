package sa.org.hayaniyah.masar.committee;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The members who get a vote task ({@code ${committeeMembers.current()}}): one seat each, so nobody votes twice.
 */
@Component("committeeMembers")
public class CommitteeMembers {

	private final IdentityService identityService;

	private final CommitteeProperties committee;

	CommitteeMembers(IdentityService identityService, CommitteeProperties committee) {
		this.identityService = identityService;
		this.committee = committee;
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
