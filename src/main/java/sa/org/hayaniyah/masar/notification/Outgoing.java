package sa.org.hayaniyah.masar.notification;

/**
 * One message of the outbox as a channel sends it.
 */
public record Outgoing(long id, String reference, String channel, String recipient, String subject, String body) {

	/** The idempotency key a gateway or mail server sees: the notification's id, the same on every try. */
	public String clientReference() {
		return "masar-" + id;
	}

}
