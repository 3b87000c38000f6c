package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SupportRequestRepository {

	private static final String COLUMNS = "id, reference_number, channel, national_id, applicant_name, mobile, support_type, "
			+ "status, submitted_at, committee_deadline, process_instance_id";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	SupportRequestRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Inserts an open request; holding the slot, the unique open_national_id column refuses a second open request.
	 */
	long insertOpen(String reference, NewSupportRequest request, Instant submittedAt, Instant committeeDeadline,
			String processInstanceId, boolean holdsSlot, String possibleDuplicateOf) {
		jdbc.sql("""
				INSERT INTO support_request (reference_number, channel, national_id, open_national_id, applicant_name, mobile,
				  support_type, status, submitted_at, committee_deadline, received_by, process_instance_id, possible_duplicate_of)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)""")
			.params(reference, request.channel().name(), request.nationalId(), holdsSlot ? request.nationalId() : null,
					request.applicantName(), request.mobile(), request.supportType().name(), Timestamp.from(submittedAt),
					Timestamp.from(committeeDeadline), request.receivedBy(), processInstanceId, possibleDuplicateOf)
			.update();
		events.publishEvent(new RequestsSubmitted(List.of(new RequestsSubmitted.Submission(request.channel(), submittedAt))));
		return jdbc.sql("SELECT id FROM support_request WHERE reference_number = ?").param(reference).query(Long.class).single();
	}

	Optional<SupportRequest> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM support_request WHERE id = ?").param(id).query(this::map).optional();
	}

	Optional<SupportRequest> findByReference(String reference) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM support_request WHERE reference_number = ?")
			.param(reference)
			.query(this::map)
			.optional();
	}

	/** The first open request of this national ID, holding the slot or not (an online one). */
	Optional<String> findAnyOpenReference(String nationalId) {
		return jdbc.sql("SELECT reference_number FROM support_request WHERE national_id = ? AND status = 'OPEN' ORDER BY id")
			.param(nationalId)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	Optional<String> findPossibleDuplicateOf(long id) {
		return jdbc.sql("SELECT possible_duplicate_of FROM support_request WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	Optional<String> findOpenReference(String nationalId) {
		return jdbc.sql("SELECT reference_number FROM support_request WHERE open_national_id = ?")
			.param(nationalId)
			.query(String.class)
			.optional();
	}

	void updateMonthlyIncome(long id, BigDecimal income) {
		jdbc.sql("UPDATE support_request SET monthly_income = ? WHERE id = ? AND status = 'OPEN'").params(income, id).update();
	}

	void updateApplicant(long id, ApplicantDetails d) {
		jdbc.sql("""
				UPDATE support_request SET national_id = ?, open_national_id = ?, applicant_name = ?, first_name = ?, father_name = ?,
				  grandfather_name = ?, family_name = ?, normalized_name = ?, mobile = ?, support_type = ?, date_of_birth = ?,
				  id_expiry_date = ?, nationality = ?, city = ?, district = ?, address = ?, household_size = ?, monthly_income = ?,
				  iban = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(d.nationalId(), d.nationalId(), d.applicantName(), d.firstName(), d.fatherName(), d.grandfatherName(),
					d.familyName(), d.normalizedName(), d.mobile(), d.supportType().name(), d.dateOfBirth(), d.idExpiryDate(),
					d.nationality(), d.city(), d.district(), d.address(), d.householdSize(), d.monthlyIncome(), d.iban(), id)
			.update();
		jdbc.sql("DELETE FROM household_member WHERE request_id = ?").param(id).update();
		for (HouseholdMember m : d.members()) {
			jdbc.sql("""
					INSERT INTO household_member (request_id, member_name, relation, national_id, age, monthly_income)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, m.name(), m.relation(), m.nationalId(), m.age(), m.monthlyIncome())
				.update();
		}
	}

	List<HouseholdMember> members(long id) {
		return jdbc.sql("""
				SELECT member_name, relation, national_id, age, monthly_income FROM household_member WHERE request_id = ? ORDER BY id""")
			.param(id)
			.query((rs, i) -> new HouseholdMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5)))
			.list();
	}

	List<RecordedMember> recordedMembers(long id) {
		return jdbc.sql("""
				SELECT id, member_name, relation, national_id, age, monthly_income FROM household_member WHERE request_id = ?
				ORDER BY id""")
			.param(id)
			.query((rs, i) -> new RecordedMember(rs.getLong(1), new HouseholdMember(rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBigDecimal(6))))
			.list();
	}

	/** Household size, income, support type and city of a request not anonymised; empty otherwise. */
	Optional<HouseholdAmendment.Household> household(long id) {
		return jdbc.sql("""
				SELECT id, support_type, city, household_size, monthly_income FROM support_request
				WHERE id = ? AND anonymised_at IS NULL""")
			.param(id)
			.query((rs, i) -> new HouseholdAmendment.Household(rs.getLong(1), SupportType.valueOf(rs.getString(2)),
					rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)))
			.optional();
	}

	/**
	 * Locks the request's row until the transaction ends (a write that changes nothing), so two approvals on one
	 * household are applied one after the other, each on what the other left.
	 */
	void lock(long id) {
		jdbc.sql("UPDATE support_request SET household_size = household_size WHERE id = ?").param(id).update();
	}

	void updateHousehold(long id, int householdSize, BigDecimal monthlyIncome) {
		jdbc.sql("UPDATE support_request SET household_size = ?, monthly_income = ? WHERE id = ? AND anonymised_at IS NULL")
			.params(householdSize, monthlyIncome, id)
			.update();
	}

	void insertMember(long id, HouseholdMember m) {
		jdbc.sql("""
				INSERT INTO household_member (request_id, member_name, relation, national_id, age, monthly_income)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, m.name(), m.relation(), m.nationalId(), m.age(), m.monthlyIncome())
			.update();
	}

	boolean deleteMember(long id, long memberId) {
		return jdbc.sql("DELETE FROM household_member WHERE id = ? AND request_id = ?").params(memberId, id).update() == 1;
	}

	boolean updateMember(long id, long memberId, HouseholdMember m) {
		return jdbc.sql("""
				UPDATE household_member SET member_name = ?, relation = ?, national_id = ?, age = ?, monthly_income = ?
				WHERE id = ? AND request_id = ?""")
			.params(m.name(), m.relation(), m.nationalId(), m.age(), m.monthlyIncome(), memberId, id)
			.update() == 1;
	}

	void updateConsent(long id, String purpose, Instant givenAt) {
		jdbc.sql("UPDATE support_request SET consent_purpose = ?, consent_given_at = ? WHERE id = ?")
			.params(purpose, Timestamp.from(givenAt), id)
			.update();
	}

	void updateEligibility(long id, String eligibility, String reason) {
		jdbc.sql("UPDATE support_request SET eligibility = ?, eligibility_reason = ? WHERE id = ?")
			.params(eligibility, reason, id)
			.update();
	}

	void close(long id, RequestStatus status, String reason, Instant closedAt) {
		jdbc.sql("""
				UPDATE support_request SET status = ?, open_national_id = NULL, closure_reason = ?, closed_at = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(status.name(), reason, Timestamp.from(closedAt), id)
			.update();
	}

	private SupportRequest map(ResultSet rs, int row) throws SQLException {
		return new SupportRequest(rs.getLong("id"), rs.getString("reference_number"), Channel.valueOf(rs.getString("channel")),
				rs.getString("national_id"), rs.getString("applicant_name"), rs.getString("mobile"),
				SupportType.valueOf(rs.getString("support_type")), RequestStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("committee_deadline").toInstant(),
				rs.getString("process_instance_id"));
	}

}
