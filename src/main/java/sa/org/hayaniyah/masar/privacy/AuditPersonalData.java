package sa.org.hayaniyah.masar.privacy;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;

/**
 * The shared kernel's tables: the access trail names references and file numbers, never a person, so it stays after
 * anonymisation as the record of what was done; the number sequences hold nothing personal. The trail is read through
 * {@link AuditTrail}, which owns its table.
 */
@Component
class AuditPersonalData implements PersonalDataContributor {

	private final AuditTrail trail;

	AuditPersonalData(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("personal_data_access", "", "id actor action subject detail at"),
				Table.of("sequence_counter", "", "name period last_value"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("personal_data_access",
				trail.about(subject.strings(REFERENCE)).stream().map(AuditPersonalData::row).toList());
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		// the trail holds no identity
	}

	/** As the other contributors export rows: lower-case columns, the JDBC types of the table. */
	private static Map<String, Object> row(AuditTrail.Entry entry) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("actor", entry.actor());
		row.put("action", entry.action().name());
		row.put("subject", entry.subject());
		row.put("detail", entry.detail());
		row.put("at", Timestamp.from(entry.at()));
		return row;
	}

}
