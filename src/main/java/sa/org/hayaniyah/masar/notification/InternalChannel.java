package sa.org.hayaniyah.masar.notification;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * Reminders to staff groups (the committee), written where staff tools read them: {@code ./data/outbox/internal.log}.
 */
@Component
class InternalChannel implements DeliveryChannel {

	private final String file;

	InternalChannel(NotificationProperties properties) {
		this.file = Path.of(properties.sms().logFile()).resolveSibling("internal.log").toString();
	}

	@Override
	public String name() {
		return "INTERNAL";
	}

	@Override
	public void send(Outgoing message) throws Exception {
		OutboxFile.append(file, message);
	}

	@Override
	public Delivery delivered(Outgoing message) throws Exception {
		return OutboxFile.delivered(file, message);
	}

}
