package sa.org.hayaniyah.masar.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.AuditTrail;

/**
 * PDPL's right of access: everything the association holds about one person, from every table that holds it.
 * Meant for the data subject, so nothing is masked; the export itself is audited.
 */
@Service
public class DataSubjectExport {

	/** Tables keyed by request, in the order a reader would follow the case. */
	static final List<String> REQUEST_TABLES = List.of("household_member", "submitted_document", "verification_result",
			"applicant_declaration", "social_research", "committee_vote", "committee_decision", "sla_breach", "service_delivery",
			"notification", "survey", "referral");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	DataSubjectExport(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public Map<String, Object> export(String nationalId) {
		Map<String, Object> export = new LinkedHashMap<>();
		List<Map<String, Object>> requests = jdbc.sql("SELECT * FROM support_request WHERE national_id = ? ORDER BY id")
			.param(nationalId)
			.query()
			.listOfRows();
		export.put("support_request", requests);
		List<Object> ids = requests.stream().map(r -> value(r, "id")).toList();
		for (String table : REQUEST_TABLES) {
			export.put(table, ids.isEmpty() ? List.of()
					: jdbc.sql("SELECT * FROM " + table + " WHERE request_id IN (:ids) ORDER BY id")
						.param("ids", ids)
						.query()
						.listOfRows()
						.stream()
						.map(DataSubjectExport::withoutFileContent)
						.toList());
		}
		List<Map<String, Object>> beneficiary = jdbc.sql("SELECT * FROM beneficiary WHERE national_id = ?")
			.param(nationalId)
			.query()
			.listOfRows();
		export.put("beneficiary", beneficiary);
		export.put("outreach_follow_up", beneficiary.isEmpty() ? List.of()
				: jdbc.sql("SELECT * FROM outreach_follow_up WHERE beneficiary_id = ? ORDER BY id")
					.param(value(beneficiary.get(0), "id"))
					.query()
					.listOfRows());
		List<Map<String, Object>> inquiries = jdbc.sql("SELECT * FROM inquiry WHERE national_id = ? ORDER BY id")
			.param(nationalId)
			.query()
			.listOfRows();
		export.put("inquiry", inquiries);
		List<Object> inquiryIds = inquiries.stream().map(r -> value(r, "id")).toList();
		export.put("inquiry_survey", inquiryIds.isEmpty() ? List.of()
				: jdbc.sql("SELECT * FROM survey WHERE inquiry_id IN (:ids) ORDER BY id").param("ids", inquiryIds).query().listOfRows());
		List<String> subjects = requests.stream().map(r -> (String) value(r, "reference_number")).toList();
		export.put("personal_data_access", subjects.isEmpty() ? List.of()
				: jdbc.sql("SELECT actor, action, subject, detail, at FROM personal_data_access WHERE subject IN (:subjects) ORDER BY id")
					.param("subjects", subjects)
					.query()
					.listOfRows());
		subjects.forEach(reference -> audit.record(AuditTrail.Action.EXPORT, reference, "data-subject export"));
		return export;
	}

	/** Column names come back upper case from H2 and lower case from PostgreSQL. */
	private static Object value(Map<String, Object> row, String column) {
		return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(Locale.ROOT));
	}

	/** The file's bytes are in the document download; the export lists it. */
	private static Map<String, Object> withoutFileContent(Map<String, Object> row) {
		Map<String, Object> copy = new LinkedHashMap<>(row);
		copy.remove("content");
		copy.remove("CONTENT");
		return copy;
	}

}
