package sa.org.hayaniyah.masar.committee;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.security.RequestAccess;

/**
 * A member who recused from a request for a conflict of interest (a relative, say) keeps no access to the family's
 * file through the vote task they completed with the recusal.
 */
@Component
class RecusedMembersVeto implements RequestAccess.Veto {

	private final SupportRequests supportRequests;

	private final CommitteeRecords records;

	RecusedMembersVeto(SupportRequests supportRequests, CommitteeRecords records) {
		this.supportRequests = supportRequests;
		this.records = records;
	}

	@Override
	public boolean vetoes(String user, String reference) {
		return supportRequests.findByReference(reference)
			.map(request -> records.recusedMembers(request.id()).contains(user))
			.orElse(false);
	}

}
