package sa.org.hayaniyah.masar.notification;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * SMS through an HTTP gateway in the shape of common Saudi providers' JSON APIs (user name, API key, sender name,
 * numbers without '+', message, UTF-8), or, in the default profile, into {@code ./data/outbox/sms.log}.
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
		http.post()
			.uri(sms.url())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("userName", sms.username(), "apiKey", sms.apiKey(), "userSender", sms.sender(), "numbers",
					message.recipient().replace("+", ""), "msg", message.body(), "msgEncoding", "UTF8"))
			.retrieve()
			.toBodilessEntity();
	}

}
