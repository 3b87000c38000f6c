package sa.org.hayaniyah.masar.verification;

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

/** Verification results, declarations and the documents themselves. */
@Component
class VerificationPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	VerificationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(
				// a failed check's message quotes the value it refused
				Table.of("verification_result", "message", "id request_id rule passed checked_at attempt outcome"),
				// the hash is of the declared identity and income: kept, it would confirm a guess
				Table.of("applicant_declaration", "notes witness data_hash",
						"id request_id signed signature_method recorded_by recorded_at channel invalidated_at"),
				Table.of("submitted_document", "file_name checksum content",
						"id request_id document_type size_bytes content_type received_at verified_by verified_at"))
			.variables("declarationWitness declarationNotes verificationSummary eligibilityReason",
					"declarationSigned signatureMethod eligibility");
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("verification_result",
				PersonalRows.select(jdbc, "SELECT * FROM verification_result WHERE request_id IN (:ids) ORDER BY id",
						subject.get(REQUEST)));
		export.put("applicant_declaration",
				PersonalRows.select(jdbc, "SELECT * FROM applicant_declaration WHERE request_id IN (:ids) ORDER BY id",
						subject.get(REQUEST)));
		export.put("submitted_document",
				PersonalRows.select(jdbc, "SELECT * FROM submitted_document WHERE request_id IN (:ids) ORDER BY id",
						subject.get(REQUEST)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE verification_result SET message = '-' WHERE request_id IN (:ids)", subject.get(REQUEST));
		PersonalRows.update(jdbc,
				"UPDATE applicant_declaration SET notes = NULL, witness = NULL, data_hash = NULL WHERE request_id IN (:ids)",
				subject.get(REQUEST));
		PersonalRows.update(jdbc, "DELETE FROM submitted_document WHERE request_id IN (:ids)", subject.get(REQUEST));
	}

}
