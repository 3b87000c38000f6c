package sa.org.hayaniyah.masar.intake;

import java.time.Instant;

/**
 * A support request as recorded in the domain tables; the process instance holds only its id and reference.
 */
public record SupportRequest(long id, String referenceNumber, Channel channel, String nationalId, String applicantName,
		String mobile, SupportType supportType, RequestStatus status, Instant submittedAt, Instant committeeDeadline,
		String processInstanceId) {
}
