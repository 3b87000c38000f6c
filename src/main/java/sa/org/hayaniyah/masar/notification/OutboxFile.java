package sa.org.hayaniyah.masar.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.stream.Stream;

import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * Where a channel without a real provider (the default profile) shows what it would have sent: one block per
 * message in a UTF-8 file under ./data/outbox. The recipient is masked; the text is what the applicant would read.
 * Each block names the message's client reference, so the file itself tells whether a message left.
 */
final class OutboxFile {

	private OutboxFile() {
	}

	static synchronized void append(String file, Outgoing message) throws IOException {
		Path path = Path.of(file);
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		String block = "--- " + Instant.now() + " " + message.channel() + " to " + PersonalData.mask(message.recipient()) + " ("
				+ message.reference() + ") " + tag(message) + "\n" + (message.subject() == null ? "" : message.subject() + "\n")
				+ message.body() + "\n";
		Files.writeString(path, block, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** Whether the file holds {@code message}: the loopback channels' delivery confirmation. */
	static synchronized DeliveryChannel.Delivery delivered(String file, Outgoing message) throws IOException {
		Path path = Path.of(file);
		if (!Files.exists(path)) {
			return DeliveryChannel.Delivery.NOT_SENT;
		}
		String tag = tag(message);
		try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
			return lines.anyMatch(line -> line.startsWith("--- ") && line.endsWith(tag)) ? DeliveryChannel.Delivery.CONFIRMED
					: DeliveryChannel.Delivery.NOT_SENT;
		}
	}

	private static String tag(Outgoing message) {
		return "[" + message.clientReference() + "]";
	}

}
