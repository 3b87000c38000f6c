package sa.org.hayaniyah.masar.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail (SMTP from {@code spring.mail.*}); without an SMTP server configured, into
 * {@code ./data/outbox/email.log}. The Message-ID is made from the message's client reference, the same on every
 * try, so a mail server or mailbox that drops repeats (by Message-ID) shows a re-sent message once; SMTP has no
 * delivery look-up, so after an interrupted send only the log mode can say whether the message left.
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

	@Override
	public Delivery delivered(Outgoing message) throws Exception {
		return mailSender.getIfAvailable() == null ? OutboxFile.delivered(email.logFile(), message) : Delivery.UNKNOWN;
	}

	String messageId(Outgoing message) {
		String domain = email.from().substring(email.from().lastIndexOf('@') + 1).replace(">", "").strip();
		return "<" + message.clientReference() + "@" + domain + ">";
	}

	void send(JavaMailSender sender, Outgoing message) throws Exception {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
		helper.setFrom(email.from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		// JavaMailSenderImpl keeps a Message-ID set before sending
		mime.setHeader("Message-ID", messageId(message));
		mime.setHeader("X-Masar-Reference", message.clientReference());
		sender.send(mime);
	}

}
