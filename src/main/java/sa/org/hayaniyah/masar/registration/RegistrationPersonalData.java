package sa.org.hayaniyah.masar.registration;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.BENEFICIARY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.Correction;
import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;
import sa.org.hayaniyah.masar.privacy.RetentionCutoffs;

/**
 * The beneficiary file. It outlives each request: an anonymised request is cut from it, and the file itself is
 * anonymised once the family was last served longer ago than its own retention period.
 */
@Component
class RegistrationPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	private final Clock clock;

	RegistrationPersonalData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("beneficiary", """
				national_id full_name mobile first_name father_name grandfather_name family_name normalized_name date_of_birth
				district address""", "id file_number registered_at first_request_id nationality city anonymised_at merged_into"))
			.variables("", "fileNumber");
	}

	@Override
	public void identify(DataSubject subject) {
		subject.add(BENEFICIARY, PersonalRows.list(jdbc, "SELECT id FROM beneficiary WHERE national_id IN (:ids)",
				subject.get(NATIONAL_ID), Long.class));
		subject.add(REFERENCE, PersonalRows.list(jdbc, "SELECT file_number FROM beneficiary WHERE id IN (:ids)",
				subject.get(BENEFICIARY), String.class));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("beneficiary",
				PersonalRows.select(jdbc, "SELECT * FROM beneficiary WHERE id IN (:ids) ORDER BY id", subject.get(BENEFICIARY)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE beneficiary SET first_request_id = NULL WHERE first_request_id IN (:ids)",
				subject.get(REQUEST));
		for (Object id : subject.get(BENEFICIARY)) {
			jdbc.sql("""
					UPDATE beneficiary SET national_id = ?, full_name = '-', mobile = '-', first_name = NULL, father_name = NULL,
					  grandfather_name = NULL, family_name = NULL, normalized_name = NULL, date_of_birth = NULL, district = NULL,
					  address = NULL, first_request_id = NULL, anonymised_at = ?
					WHERE id = ? AND anonymised_at IS NULL""")
				// national_id is NOT NULL UNIQUE: a placeholder of its own ("F", never a request's "X"), so no join matches it
				.params(String.format(Locale.ROOT, "F%09d", (Long) id % 1_000_000_000), Timestamp.from(clock.instant()), id)
				.update();
		}
	}

	@Override
	public int correct(DataSubject subject, Correction correction) {
		if (!java.util.Set.of("mobile", "address", "district", "date_of_birth").contains(correction.column()) || subject.get(BENEFICIARY).isEmpty()) {
			return 0;
		}
		return jdbc.sql("UPDATE beneficiary SET " + correction.column() + " = :value WHERE id IN (:ids) AND anonymised_at IS NULL")
			.param("value", correction.columnValue())
			.param("ids", subject.get(BENEFICIARY))
			.update();
	}

	/** Files registered before the cut-off; retention then asks every module when the family was last served. */
	@Override
	public List<DataSubject> expired(RetentionCutoffs cutoffs) {
		return jdbc.sql("SELECT id, national_id FROM beneficiary WHERE anonymised_at IS NULL AND registered_at < ?")
			.param(Timestamp.from(cutoffs.beneficiaryFiles()))
			.query((rs, i) -> DataSubject.of(BENEFICIARY, rs.getLong(1)).add(NATIONAL_ID, rs.getString(2)))
			.list();
	}

	@Override
	public Optional<Instant> lastActivity(DataSubject subject) {
		return PersonalRows.latest(jdbc, "SELECT MAX(registered_at) FROM beneficiary WHERE id IN (:ids)", subject.get(BENEFICIARY));
	}

}
