package sa.org.hayaniyah.masar.intake;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.PROCESS_INSTANCE;
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

/** Requests and their household members. */
@Component
class IntakePersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	private final Clock clock;

	IntakePersonalData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(
				Table.of("support_request", """
						national_id open_national_id applicant_name mobile first_name father_name grandfather_name family_name
						normalized_name search_name date_of_birth id_expiry_date district address iban monthly_income received_by""", """
						id reference_number channel support_type status submitted_at committee_deadline process_instance_id
						nationality city household_size closed_at closure_reason eligibility eligibility_reason consent_purpose
						consent_given_at anonymised_at possible_duplicate_of"""),
				Table.of("household_member", "member_name national_id age monthly_income", "id request_id relation"))
			.variables("""
					applicantName nationalId mobile email firstName fatherName grandfatherName familyName idExpiryDate
					idExpiryCalendar dateOfBirth dateOfBirthCalendar district address iban monthlyIncome householdMembers memberName
					memberNationalId memberAge memberIncome requestSummary inquiryNotes clarificationQuestion clarificationAnswer
					clarificationReason possibleDuplicates""", """
					referenceNumber channel supportType preferredChannel consentGiven nationality city householdSize relation
					documentsReceived clarificationNeeded requestReference""");
	}

	@Override
	public void identify(DataSubject subject) {
		// an anonymised request keeps a placeholder, never the person's ID, so it is found by its own key only
		subject.add(REQUEST, PersonalRows.list(jdbc, "SELECT id FROM support_request WHERE national_id IN (:ids)",
				subject.get(NATIONAL_ID), Long.class));
		PersonalRows.select(jdbc, "SELECT reference_number, process_instance_id FROM support_request WHERE id IN (:ids)",
				subject.get(REQUEST))
			.forEach(r -> subject.add(REFERENCE, r.get("reference_number")).add(PROCESS_INSTANCE, r.get("process_instance_id")));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("support_request", PersonalRows.select(jdbc, "SELECT * FROM support_request WHERE id IN (:ids) ORDER BY id",
				subject.get(REQUEST)));
		export.put("household_member", PersonalRows.select(jdbc,
				"SELECT * FROM household_member WHERE request_id IN (:ids) ORDER BY id", subject.get(REQUEST)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		for (Object id : subject.get(REQUEST)) {
			// national_id is NOT NULL: a placeholder no person has (real ones start with 1 or 2)
			jdbc.sql("""
					UPDATE support_request SET national_id = ?, open_national_id = NULL, applicant_name = '-', mobile = '-',
					  first_name = NULL, father_name = NULL, grandfather_name = NULL, family_name = NULL, normalized_name = NULL,
					  date_of_birth = NULL, id_expiry_date = NULL, district = NULL, address = NULL, iban = NULL,
					  monthly_income = NULL, received_by = NULL, anonymised_at = ?
					WHERE id = ? AND anonymised_at IS NULL""")
				.params(String.format(Locale.ROOT, "X%09d", (Long) id % 1_000_000_000), Timestamp.from(clock.instant()), id)
				.update();
		}
		PersonalRows.update(jdbc, "DELETE FROM household_member WHERE request_id IN (:ids)", subject.get(REQUEST));
	}

	/** The applicant's contact and identity details on requests not yet anonymised. */
	@Override
	public int correct(DataSubject subject, Correction correction) {
		if (!java.util.Set.of("mobile", "address", "district", "date_of_birth").contains(correction.column()) || subject.get(REQUEST).isEmpty()) {
			return 0;
		}
		return jdbc.sql("UPDATE support_request SET " + correction.column() + " = :value WHERE id IN (:ids) AND anonymised_at IS NULL")
			.param("value", correction.columnValue())
			.param("ids", subject.get(REQUEST))
			.update();
	}

	@Override
	public List<DataSubject> expired(RetentionCutoffs cutoffs) {
		return jdbc.sql("SELECT id FROM support_request WHERE status <> 'OPEN' AND anonymised_at IS NULL AND closed_at < ?")
			.param(Timestamp.from(cutoffs.closedRecords()))
			.query(Long.class)
			.list()
			.stream()
			.map(id -> DataSubject.of(REQUEST, id))
			.toList();
	}

	@Override
	public boolean open(DataSubject subject) {
		return !PersonalRows.list(jdbc, "SELECT id FROM support_request WHERE id IN (:ids) AND status = 'OPEN'",
				subject.get(REQUEST), Long.class).isEmpty();
	}

	@Override
	public Optional<Instant> lastActivity(DataSubject subject) {
		return PersonalRows.latest(jdbc, "SELECT MAX(COALESCE(closed_at, submitted_at)) FROM support_request WHERE id IN (:ids)",
				subject.get(REQUEST));
	}

}
