package sa.org.hayaniyah.masar.family;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;

/**
 * The case notes staff append to a family's file: free text about the family under its national ID. Exported with the
 * family's data; when retention anonymises the family they are deleted, since nothing of a note stays anonymous.
 */
@Component
class FamilyPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	FamilyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory
			.of(Table.of("family_note", "national_id body", "id reference_number written_by written_at"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		return Map.of("family_note", PersonalRows.select(jdbc,
				"SELECT * FROM family_note WHERE national_id IN (:ids) ORDER BY id", subject.get(NATIONAL_ID)));
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "DELETE FROM family_note WHERE national_id IN (:ids)", subject.get(NATIONAL_ID));
	}

}
