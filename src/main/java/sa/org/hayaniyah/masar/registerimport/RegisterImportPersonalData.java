package sa.org.hayaniyah.masar.registerimport;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

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

/**
 * The import's share of PDPL: the families it wrote live in the owners' tables; here are only the imports (who, which
 * file, counts), the report rows (file numbers and reasons), the duplicate pairs and the merges, whose one personal
 * value is the merged file's national ID, kept for the undo.
 */
@Component
class RegisterImportPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	RegisterImportPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("register_import", "", """
				id file_sha256 file_name file_format file_size imported_by started_at finished_at status families_done
				families_total rows_done rows_total rows_accepted rows_refused rows_duplicate rows_present families_written
				members_written last_batch_at"""),
				Table.of("register_import_row", "national_id",
						"import_id row_number file_number outcome reasons duplicate_of"),
				Table.of("family_duplicate", "national_id other_national_id",
						"id file_number other source reason found_at status decided_by decided_at"),
				Table.of("family_merge", "merged_national_id", """
						id duplicate_id kept_file merged_file kept_beneficiary_id merged_beneficiary_id request_ids delivery_ids
						merged_by merged_at undone_by undone_at"""),
				Table.of("family_merge_row", "", "merge_id moved row_id"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("family_duplicate", PersonalRows.select(jdbc,
				"SELECT * FROM family_duplicate WHERE file_number IN (:ids) OR other IN (:ids) ORDER BY id", subject.get(REFERENCE)));
		export.put("family_merge", PersonalRows.select(jdbc,
				"SELECT * FROM family_merge WHERE kept_file IN (:ids) OR merged_file IN (:ids) ORDER BY id", subject.get(REFERENCE)));
		export.put("register_import_row", PersonalRows.select(jdbc,
				"SELECT * FROM register_import_row WHERE file_number IN (:ids) ORDER BY import_id, row_number",
				subject.get(REFERENCE)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, """
				UPDATE family_duplicate SET national_id = CASE WHEN file_number IN (:ids) THEN '-' ELSE national_id END,
				  other_national_id = CASE WHEN other IN (:ids) THEN '-' ELSE other_national_id END
				WHERE file_number IN (:ids) OR other IN (:ids)""", subject.get(REFERENCE));
		PersonalRows.update(jdbc, "UPDATE family_merge SET merged_national_id = '-' WHERE kept_file IN (:ids) OR merged_file IN (:ids)",
				subject.get(REFERENCE));
		PersonalRows.update(jdbc, "UPDATE register_import_row SET national_id = NULL WHERE file_number IN (:ids)",
				subject.get(REFERENCE));
	}

}
