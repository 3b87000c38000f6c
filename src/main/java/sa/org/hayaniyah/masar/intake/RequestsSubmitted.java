package sa.org.hayaniyah.masar.intake;

import java.time.Instant;
import java.util.List;

/**
 * Requests were written to the register: one submitted at the office or online, or a batch imported from the old
 * register. Published synchronously, inside the transaction that inserts them, so a listener's own writes (the
 * dashboard's requests per channel and day) commit or roll back with the requests.
 */
public record RequestsSubmitted(List<Submission> requests) {

	public record Submission(Channel channel, Instant submittedAt) {
	}

}
