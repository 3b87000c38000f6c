package sa.org.hayaniyah.masar.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail (SMTP from {@code spring.mail.*}); without an SMTP server configured, into
 * {@code ./data/outbox/email.log}.
 */
@Component
class EmailChannel implements DeliveryChannel {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties.Email email;

	EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.email = properties.email();
	}

	@Override
	public String name() {
		return "EMAIL";
	}

	@Override
	public void send(Outgoing message) throws Exception {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			OutboxFile.append(email.logFile(), message);
			return;
		}
		send(sender, message);
	}

	void send(JavaMailSender sender, Outgoing message) throws Exception {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
		helper.setFrom(email.from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		sender.send(mime);
	}

}
