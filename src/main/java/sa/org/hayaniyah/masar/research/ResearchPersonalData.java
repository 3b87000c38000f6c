package sa.org.hayaniyah.masar.research;

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

/** Social research: what the researcher found in the family's home, and where it is. */
@Component
class ResearchPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	ResearchPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("social_research", "findings visit_location",
				"id request_id round researcher field_visit visit_date recommendation completed_at"))
			.variables("researchFindings visitLocation verifiedMonthlyIncome committeeReturnReason",
					"fieldVisitRequired visitDate researchRecommendation");
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("social_research", PersonalRows.select(jdbc,
				"SELECT * FROM social_research WHERE request_id IN (:ids) ORDER BY id", subject.get(REQUEST)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE social_research SET findings = '-', visit_location = NULL WHERE request_id IN (:ids)",
				subject.get(REQUEST));
	}

}
