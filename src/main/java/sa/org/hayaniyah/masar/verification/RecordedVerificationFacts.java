package sa.org.hayaniyah.masar.verification;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * The facts of the database and the decision tables, seen from one request (which never counts as its own duplicate).
 */
@Component
class RecordedVerificationFacts {

	/** Families a supervisor decided are different people (issue 20's duplicate review) are not raised again. */
	private static final String NOT_DIFFERENT = """

			  AND NOT EXISTS (SELECT 1 FROM different_families d WHERE (d.national_id = ? AND d.other_national_id = x.national_id)
			    OR (d.other_national_id = ? AND d.national_id = x.national_id))""";

	private final SupportRequests supportRequests;

	private final DecisionTables decisionTables;

	private final JdbcClient jdbc;

	RecordedVerificationFacts(SupportRequests supportRequests, DecisionTables decisionTables, JdbcClient jdbc) {
		this.supportRequests = supportRequests;
		this.decisionTables = decisionTables;
		this.jdbc = jdbc;
	}

	VerificationFacts forRequest(long requestId, String ownReference) {
		return new VerificationFacts() {

			@Override
			public Optional<String> otherOpenRequest(String nationalId) {
				return supportRequests.openReference(nationalId).filter(reference -> !reference.equals(ownReference));
			}

			@Override
			public List<RequiredDocument> requiredDocuments(SupportType supportType) {
				return decisionTables.requiredDocuments(supportType);
			}

			@Override
			public List<String> possibleDuplicates(String nationalId, String normalisedName, LocalDate dateOfBirth,
					String mobile) {
				List<String> found = new ArrayList<>(jdbc.sql("""
						SELECT reference_number FROM applicant_on_request x
						WHERE id <> ? AND national_id <> ?
						  AND ((normalized_name = ? AND date_of_birth = ?) OR mobile = ?)""" + NOT_DIFFERENT + """
						ORDER BY id""")
					.params(requestId, nationalId, normalisedName, Date.valueOf(dateOfBirth), mobile, nationalId, nationalId)
					.query(String.class)
					.list());
				found.addAll(jdbc.sql("""
						SELECT file_number FROM beneficiary_file x
						WHERE national_id <> ? AND ((normalized_name = ? AND date_of_birth = ?) OR mobile = ?)""" + NOT_DIFFERENT + """
						ORDER BY id""")
					.params(nationalId, normalisedName, Date.valueOf(dateOfBirth), mobile, nationalId, nationalId)
					.query(String.class)
					.list());
				return found;
			}

		};
	}

}
