package sa.org.hayaniyah.masar.notification;

/**
 * A way to reach the applicant (SMS, e-mail, letter). {@link #send} throws when the message did not leave; the
 * dispatcher then tries again later. It throws {@link Uncertain} when the message may have left (the gateway took the
 * request but its answer was lost): the dispatcher then asks {@link #delivered} instead of sending again.
 */
interface DeliveryChannel {

	/** What a channel can say about a message it may have sent, looked up by {@link Outgoing#clientReference()}. */
	enum Delivery {
		CONFIRMED, NOT_SENT, UNKNOWN
	}

	String name();

	/** Sends {@code message}, passing {@link Outgoing#clientReference()} for the gateway or mail server to deduplicate. */
	void send(Outgoing message) throws Exception;

	/**
	 * Whether {@code message} left, after a send that was interrupted (a crash, a lost answer). A channel that cannot
	 * tell says UNKNOWN, and a supervisor decides: sending again could reach the beneficiary twice.
	 */
	default Delivery delivered(Outgoing message) throws Exception {
		return Delivery.UNKNOWN;
	}

	/** The send may have reached the gateway: do not try again blindly. */
	class Uncertain extends Exception {

		public Uncertain(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
