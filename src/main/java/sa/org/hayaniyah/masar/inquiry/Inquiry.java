package sa.org.hayaniyah.masar.inquiry;

import java.time.Instant;

/**
 * A recorded inquiry or complaint.
 */
public record Inquiry(long id, String referenceNumber, String channel, InquiryKind kind, String question,
		String personName, String nationalId, String mobile, String email, String preferredChannel, Long requestId,
		Long beneficiaryId, String receivedBy, Instant receivedAt, Instant dueAt, String routedTo, String answer, String answeredBy,
		Instant answeredAt, Instant escalatedAt, String reviewedBy, String reviewNotes, String status) {

	public boolean answeredInTime() {
		return answeredAt != null && !answeredAt.isAfter(dueAt);
	}

}
