package sa.org.hayaniyah.masar.notification;

import java.net.ConnectException;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * SMS through an HTTP gateway in the shape of common Saudi providers' JSON APIs (user name, API key, sender name,
 * numbers without '+', message, UTF-8), or, in the default profile, into {@code ./data/outbox/sms.log}.
 * <p>
 * Every request carries the message's client reference ({@code clientReference}) for gateways that drop a repeat;
 * the generic gateway API has no delivery look-up, so after an interrupted send only the log mode can say whether
 * the message left.
 */
@Component
class SmsChannel implements DeliveryChannel {

	private final NotificationProperties.Sms sms;

	private final RestClient http;

	SmsChannel(NotificationProperties properties, RestClient.Builder http) {
		this.sms = properties.sms();
		this.http = http.build();
	}

	@Override
	public String name() {
		return "SMS";
	}

	@Override
	public void send(Outgoing message) throws Exception {
		if (!"http".equals(sms.mode())) {
			OutboxFile.append(sms.logFile(), message);
			return;
		}
		try {
			http.post()
				.uri(sms.url())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("userName", sms.username(), "apiKey", sms.apiKey(), "userSender", sms.sender(), "numbers",
						message.recipient().replace("+", ""), "msg", message.body(), "msgEncoding", "UTF8", "clientReference",
						message.clientReference()))
				.retrieve()
				.toBodilessEntity();
		}
		catch (ResourceAccessException failure) {
			// refused: nothing left; any other I/O failure (a timeout waiting for the answer) may follow a send
			if (failure.getCause() instanceof ConnectException) {
				throw failure;
			}
			throw new Uncertain("no answer from the SMS gateway: " + failure.getMessage(), failure);
		}
	}

	@Override
	public Delivery delivered(Outgoing message) throws Exception {
		return "http".equals(sms.mode()) ? Delivery.UNKNOWN : OutboxFile.delivered(sms.logFile(), message);
	}

}
