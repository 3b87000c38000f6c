package sa.org.hayaniyah.masar.notification;

import org.springframework.stereotype.Component;

/**
 * Official letters (C4) are printed and handed over or posted by reception: "sent" here means issued, and the PDF
 * on the letterhead is at {@code /api/requests/{reference}/letters/{id}}.
 */
@Component
class LetterChannel implements DeliveryChannel {

	@Override
	public String name() {
		return "LETTER";
	}

	@Override
	public void send(Outgoing message) {
		// issued: reception prints it from the request's letters
	}

	@Override
	public Delivery delivered(Outgoing message) {
		return Delivery.CONFIRMED;
	}

}
