package sa.org.hayaniyah.masar.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.ReferenceNumbers;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.registration.BeneficiaryRegistry;

/**
 * Inquiry records: opened with their answer deadline, linked to the person's request and beneficiary file when
 * they have one, then answered, escalated, reviewed and closed.
 */
@Service
public class Inquiries {

	/** Who answers first: procedure questions reception cannot answer go on to social research (R3). */
	static final String RECEPTION = "RECEPTION";

	static final String SOCIAL_RESEARCH = "SOCIAL_RESEARCH";

	private final JdbcClient jdbc;

	private final ReferenceNumbers referenceNumbers;

	private final SupportRequests supportRequests;

	private final BeneficiaryRegistry registry;

	private final InquiryProperties properties;

	private final Clock clock;

	Inquiries(JdbcClient jdbc, ReferenceNumbers referenceNumbers, SupportRequests supportRequests,
			BeneficiaryRegistry registry, InquiryProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.referenceNumbers = referenceNumbers;
		this.supportRequests = supportRequests;
		this.registry = registry;
		this.properties = properties;
		this.clock = clock;
	}

	Inquiry open(NewInquiry inquiry, String processInstanceId) {
		Long requestId = linkedRequest(inquiry).map(SupportRequest::id).orElse(null);
		Long beneficiaryId = inquiry.nationalId() == null ? null
				: registry.findByNationalId(inquiry.nationalId()).map(BeneficiaryRegistry.Beneficiary::id).orElse(null);
		Instant now = clock.instant();
		Instant due = properties.workingDays()
			.plus(now.atZone(clock.getZone()), properties.answerWithinWorkingDays())
			.toInstant();
		String reference = referenceNumbers.next("HY-Q", "inquiry");
		jdbc.sql("""
				INSERT INTO inquiry (reference_number, channel, kind, question, person_name, national_id, mobile, email,
				  preferred_channel, request_id, beneficiary_id, received_by, received_at, due_at, routed_to, status,
				  process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
			.params(reference, inquiry.channel().name(), inquiry.kind().name(), inquiry.question(), inquiry.personName(),
					inquiry.nationalId(), inquiry.mobile(), inquiry.email(), inquiry.preferredChannel(), requestId,
					beneficiaryId, inquiry.receivedBy(), Timestamp.from(now), Timestamp.from(due), RECEPTION,
					processInstanceId)
			.update();
		return findByReference(reference).orElseThrow();
	}

	private Optional<SupportRequest> linkedRequest(NewInquiry inquiry) {
		if (inquiry.requestReference() != null) {
			Optional<SupportRequest> request = supportRequests.findByReference(inquiry.requestReference());
			if (request.isEmpty()) {
				throw InvalidInputException.of("requestReference",
						"لا يوجد طلب بالرقم " + inquiry.requestReference(), "no request has this reference");
			}
			return request;
		}
		return inquiry.nationalId() == null ? Optional.empty()
				: supportRequests.openReference(inquiry.nationalId()).flatMap(supportRequests::findByReference);
	}

	void routeToSocialResearch(long id) {
		jdbc.sql("UPDATE inquiry SET routed_to = ? WHERE id = ?").params(SOCIAL_RESEARCH, id).update();
	}

	void recordAnswer(long id, String answer, Long standardAnswerId, String answeredBy) {
		jdbc.sql("UPDATE inquiry SET answer = ?, answer_id = ?, answered_by = ?, answered_at = ?, status = 'ANSWERED' WHERE id = ?")
			.params(answer, standardAnswerId, answeredBy, Timestamp.from(clock.instant()), id)
			.update();
	}

	void recordEscalation(long id) {
		jdbc.sql("UPDATE inquiry SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL")
			.params(Timestamp.from(clock.instant()), id)
			.update();
	}

	void recordReview(long id, String reviewedBy, String notes) {
		jdbc.sql("UPDATE inquiry SET reviewed_by = ?, review_notes = ?, reviewed_at = ? WHERE id = ?")
			.params(reviewedBy, notes, Timestamp.from(clock.instant()), id)
			.update();
	}

	void close(long id) {
		jdbc.sql("UPDATE inquiry SET status = 'CLOSED', closed_at = ? WHERE id = ?")
			.params(Timestamp.from(clock.instant()), id)
			.update();
	}

	public Inquiry get(long id) {
		return jdbc.sql("SELECT * FROM inquiry WHERE id = ?").param(id).query(Inquiries::map).single();
	}

	public Optional<Inquiry> findByReference(String reference) {
		return jdbc.sql("SELECT * FROM inquiry WHERE reference_number = ?").param(reference).query(Inquiries::map).optional();
	}

	private static Inquiry map(ResultSet rs, int row) throws SQLException {
		return new Inquiry(rs.getLong("id"), rs.getString("reference_number"), rs.getString("channel"),
				InquiryKind.valueOf(rs.getString("kind")), rs.getString("question"), rs.getString("person_name"),
				rs.getString("national_id"), rs.getString("mobile"), rs.getString("email"), rs.getString("preferred_channel"),
				rs.getObject("request_id", Long.class), rs.getObject("beneficiary_id", Long.class),
				rs.getString("received_by"), instant(rs, "received_at"), instant(rs, "due_at"), rs.getString("routed_to"), rs.getString("answer"),
				rs.getString("answered_by"), instant(rs, "answered_at"), instant(rs, "escalated_at"),
				rs.getString("reviewed_by"), rs.getString("review_notes"), rs.getString("status"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
