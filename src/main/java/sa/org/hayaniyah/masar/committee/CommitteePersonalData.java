package sa.org.hayaniyah.masar.committee;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;

/** Votes, decisions and recusals: their reasons speak of the family. */
@Component
class CommitteePersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	CommitteePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("committee_vote", "reason", "id request_id round member vote voted_at"),
				Table.of("committee_decision", "reason", """
						id request_id round outcome decided_by approve_votes reject_votes return_votes decided_at decision_number
						quorum majority recused sitting_id"""),
				// a member's note on why they recuse (a relative, say) is about the family too
				Table.of("committee_recusal", "note", "id request_id member reason recorded_at"),
				Table.of("committee_sitting", "", "id hijri_year number held_on closed_by closed_at"))
			.variables("voteReason supervisorReason recusalReason tallySummary",
					"vote supervisorDecision committeeDeadlineText followUpAction");
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("committee_vote",
				PersonalRows.select(jdbc, "SELECT * FROM committee_vote WHERE request_id IN (:ids) ORDER BY id",
						subject.get(REQUEST)));
		export.put("committee_decision",
				PersonalRows.select(jdbc, "SELECT * FROM committee_decision WHERE request_id IN (:ids) ORDER BY id",
						subject.get(REQUEST)));
		export.put("committee_recusal",
				PersonalRows.select(jdbc, "SELECT * FROM committee_recusal WHERE request_id IN (:ids) ORDER BY id",
						subject.get(REQUEST)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE committee_vote SET reason = '-' WHERE request_id IN (:ids)", subject.get(REQUEST));
		PersonalRows.update(jdbc, "UPDATE committee_decision SET reason = NULL WHERE request_id IN (:ids)", subject.get(REQUEST));
		PersonalRows.update(jdbc, "UPDATE committee_recusal SET note = NULL WHERE request_id IN (:ids)", subject.get(REQUEST));
	}

}
