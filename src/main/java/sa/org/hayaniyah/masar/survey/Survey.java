package sa.org.hayaniyah.masar.survey;

import java.time.Instant;

/**
 * One invitation to evaluate a service, a rejection or an inquiry's answer, and its answer once given.
 */
public record Survey(long id, String token, String subject, String service, String channel, String referenceNumber,
		Instant sentAt, String status, Integer overall, String comment, String recordedBy, String recordedHow,
		String processInstanceId) {

	public boolean pending() {
		return "PENDING".equals(status);
	}

}
