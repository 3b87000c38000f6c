package sa.org.hayaniyah.masar.privacy;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;

/**
 * The shared kernel's tables: the access trail names references and file numbers, never a person, so it stays after
 * anonymisation as the record of what was done; the number sequences hold nothing personal.
 */
@Component
class AuditPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	AuditPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("personal_data_access", "", "id actor action subject detail at"),
				Table.of("sequence_counter", "", "name period last_value"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("personal_data_access", PersonalRows.select(jdbc,
				"SELECT actor, action, subject, detail, at FROM personal_data_access WHERE subject IN (:ids) ORDER BY id",
				subject.get(REFERENCE)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		// the trail holds no identity
	}

}
