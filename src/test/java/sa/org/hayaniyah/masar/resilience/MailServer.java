package sa.org.hayaniyah.masar.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A loopback SMTP server (GreenMail) for the application's e-mail channel: every message it accepted, counted by the
 * Message-ID the application makes from the notification's client reference.
 */
final class MailServer implements AutoCloseable {

	private final GreenMail greenMail;

	final int port;

	MailServer() {
		// GreenMail logs every recipient address at INFO: applicants' addresses stay out of the test log
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen")).setLevel(ch.qos.logback.classic.Level.WARN);
		port = freePort();
		greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
	}

	/** Properties that point the application's Spring Mail at this server. */
	Map<String, String> applicationProperties() {
		return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(port));
	}

	int received() {
		return greenMail.getReceivedMessages().length;
	}

	/** Messages accepted per X-Masar-Reference (the notification's client reference). */
	Map<String, Integer> perReference() {
		Map<String, Integer> counts = new HashMap<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			counts.merge(reference(message), 1, Integer::sum);
		}
		return counts;
	}

	/** The survey link token in the latest message to {@code address} that carries one. */
	String surveyToken(String address) {
		MimeMessage[] messages = greenMail.getReceivedMessages();
		for (int i = messages.length - 1; i >= 0; i--) {
			try {
				if (address.equalsIgnoreCase(messages[i].getAllRecipients()[0].toString())) {
					String token = SmsGateway.tokenIn(String.valueOf(messages[i].getContent()));
					if (token != null) {
						return token;
					}
				}
			}
			catch (MessagingException | IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return null;
	}

	private static String reference(MimeMessage message) {
		try {
			String[] header = message.getHeader("X-Masar-Reference");
			return header == null ? String.valueOf(message.getMessageID()) : header[0];
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		greenMail.stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
