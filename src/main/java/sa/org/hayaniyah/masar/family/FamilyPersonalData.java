package sa.org.hayaniyah.masar.family;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

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
 * The case notes staff append to a family's file and the changes of its data after registration, under its national
 * ID. Exported with the family's data; when retention anonymises the family they are deleted, since nothing of a note
 * or a changed value stays anonymous.
 */
@Component
class FamilyPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	FamilyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("family_note", "national_id body", "id reference_number written_by written_at"),
				Table.of("family_change",
						"national_id new_value reason decision_note member_name member_relation member_national_id member_age "
								+ "member_income",
						"id file_number field requested_by requested_at status decided_by decided_at member_action member_id "
								+ "applied_request_id eligibility eligibility_reason"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		return Map.of("family_note", PersonalRows.select(jdbc,
				"SELECT * FROM family_note WHERE national_id IN (:ids) ORDER BY id", subject.get(NATIONAL_ID)), "family_change",
				PersonalRows.select(jdbc, "SELECT * FROM family_change WHERE national_id IN (:ids) ORDER BY id",
						subject.get(NATIONAL_ID)));
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "DELETE FROM family_note WHERE national_id IN (:ids)", subject.get(NATIONAL_ID));
		PersonalRows.update(jdbc, "DELETE FROM family_change WHERE national_id IN (:ids)", subject.get(NATIONAL_ID));
		// a request or file past retention on its own (its subject holds its reference, not the national ID)
		PersonalRows.update(jdbc, "DELETE FROM family_note WHERE reference_number IN (:ids)", subject.get(REFERENCE));
		PersonalRows.update(jdbc, "DELETE FROM family_change WHERE file_number IN (:ids)", subject.get(REFERENCE));
	}

}
