package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests from the register kept before Masar (issue 20): each imported family gets one closed, served request that
 * carries its applicant data, ID expiry and household as they stood in the register, so that outreach (ID expiry,
 * renewal), duplicate checks and the family file see it like any family served through Masar. Written in JDBC
 * batches: the import brings tens of thousands of families at once.
 */
@Component
public class ImportedRequests {

	/** Status and closure reason of an imported request; the channel is the office's (C1), where the register was kept. */
	public static final String CLOSURE_REASON = "IMPORTED";

	public record ImportedRequest(String referenceNumber, String nationalId, String applicantName, String firstName,
			String fatherName, String grandfatherName, String familyName, String normalizedName, String mobile,
			SupportType supportType, Instant submittedAt, LocalDate dateOfBirth, LocalDate idExpiryDate,
			String nationality, String city, String district, String address, int householdSize, String importedBy,
			List<HouseholdMember> members) {
	}

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ImportedRequests(JdbcTemplate jdbcTemplate, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Inserts the requests and their households in the caller's transaction; returns each reference's request id. */
	public Map<String, Long> insertServed(List<ImportedRequest> requests) {
		if (requests.isEmpty()) {
			return Map.of();
		}
		jdbcTemplate.batchUpdate("""
				INSERT INTO support_request (reference_number, channel, national_id, applicant_name, mobile, support_type, status,
				  submitted_at, committee_deadline, received_by, first_name, father_name, grandfather_name, family_name,
				  normalized_name, date_of_birth, id_expiry_date, nationality, city, district, address, household_size,
				  closed_at, closure_reason)
				VALUES (?, 'C1', ?, ?, ?, ?, 'SERVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", requests, 1000,
				(ps, r) -> {
					Timestamp at = Timestamp.from(r.submittedAt());
					ps.setString(1, r.referenceNumber());
					ps.setString(2, r.nationalId());
					ps.setString(3, r.applicantName());
					ps.setString(4, r.mobile());
					ps.setString(5, r.supportType().name());
					ps.setTimestamp(6, at);
					ps.setTimestamp(7, at);
					ps.setString(8, r.importedBy());
					ps.setString(9, r.firstName());
					ps.setString(10, r.fatherName());
					ps.setString(11, r.grandfatherName());
					ps.setString(12, r.familyName());
					ps.setString(13, r.normalizedName());
					ps.setDate(14, r.dateOfBirth() == null ? null : Date.valueOf(r.dateOfBirth()));
					ps.setDate(15, r.idExpiryDate() == null ? null : Date.valueOf(r.idExpiryDate()));
					ps.setString(16, r.nationality());
					ps.setString(17, r.city());
					ps.setString(18, r.district());
					ps.setString(19, r.address());
					ps.setInt(20, r.householdSize());
					ps.setTimestamp(21, at);
					ps.setString(22, CLOSURE_REASON);
				});
		events.publishEvent(new RequestsSubmitted(requests.stream()
			.map(r -> new RequestsSubmitted.Submission(Channel.C1, r.submittedAt()))
			.toList()));
		Map<String, Long> ids = new HashMap<>();
		// an array parameter (= ANY): the unique index is used even before the new rows have statistics
		jdbc.sql("SELECT id, reference_number FROM support_request WHERE reference_number = ANY(?)")
			.param(requests.stream().map(ImportedRequest::referenceNumber).toArray(String[]::new))
			.query((rs, i) -> ids.put(rs.getString(2), rs.getLong(1)))
			.list();
		record Member(long requestId, HouseholdMember member) {
		}
		List<Member> members = new ArrayList<>();
		for (ImportedRequest r : requests) {
			r.members().forEach(m -> members.add(new Member(ids.get(r.referenceNumber()), m)));
		}
		jdbcTemplate.batchUpdate("""
				INSERT INTO household_member (request_id, member_name, relation, national_id, age, monthly_income)
				VALUES (?, ?, ?, ?, ?, ?)""", members, 1000, (ps, m) -> {
			ps.setLong(1, m.requestId());
			ps.setString(2, m.member().name());
			ps.setString(3, m.member().relation());
			ps.setString(4, m.member().nationalId());
			ps.setInt(5, m.member().age());
			ps.setBigDecimal(6, m.member().monthlyIncome() == null ? BigDecimal.ZERO : m.member().monthlyIncome());
		});
		return ids;
	}

}
