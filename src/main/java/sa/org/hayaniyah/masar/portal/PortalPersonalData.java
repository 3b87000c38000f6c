package sa.org.hayaniyah.masar.portal;

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
 * The portal keeps a person's data only for minutes: an application waiting for its code (the form and documents)
 * and a code or tracking session until it expires. Exported while held; anonymising deletes them.
 */
@Component
class PortalPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	PortalPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(
				Table.of("portal_code", "national_id mobile payload",
						"id purpose portal_reference reference_number code_hash attempts created_at expires_at confirmed_at session_hash session_expires_at"),
				Table.of("portal_upload", "content", "id code_id document_type content_type size_bytes created_at"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		return Map.of("portal_code",
				PersonalRows.select(jdbc,
						"SELECT id, purpose, portal_reference, national_id, reference_number, mobile, payload, created_at, expires_at, confirmed_at FROM portal_code WHERE national_id IN (:ids) ORDER BY created_at",
						subject.get(NATIONAL_ID)),
				"portal_upload",
				PersonalRows.select(jdbc,
						"SELECT u.* FROM portal_upload u JOIN portal_code c ON c.id = u.code_id WHERE c.national_id IN (:ids) ORDER BY u.created_at",
						subject.get(NATIONAL_ID)));
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc,
				"DELETE FROM portal_upload WHERE code_id IN (SELECT id FROM portal_code WHERE national_id IN (:ids))",
				subject.get(NATIONAL_ID));
		PersonalRows.update(jdbc, "DELETE FROM portal_code WHERE national_id IN (:ids)", subject.get(NATIONAL_ID));
	}

}
