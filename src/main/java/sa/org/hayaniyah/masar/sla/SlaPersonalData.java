package sa.org.hayaniyah.masar.sla;

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

/** Missed deadlines hold no personal data, only which request and when; listed so the inventory is whole. */
@Component
class SlaPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	SlaPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(
				Table.of("sla_breach", "", "id request_id deadline recorded_at new_expected_date apology_sent_at"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("sla_breach",
				PersonalRows.select(jdbc, "SELECT * FROM sla_breach WHERE request_id IN (:ids) ORDER BY id", subject.get(REQUEST)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		// nothing personal to remove
	}

}
