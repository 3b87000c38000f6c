package sa.org.hayaniyah.masar.notification;

/**
 * A way to reach the applicant (SMS, e-mail, letter). {@link #send} throws when the message did not leave;
 * the dispatcher then tries again later.
 */
public interface DeliveryChannel {

	String name();

	void send(Outgoing message) throws Exception;

}
