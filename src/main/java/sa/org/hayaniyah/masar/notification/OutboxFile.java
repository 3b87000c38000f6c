package sa.org.hayaniyah.masar.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * Where a channel without a real provider (the default profile) shows what it would have sent: one block per
 * message in a UTF-8 file under ./data/outbox. The recipient is masked; the text is what the applicant would read.
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
				+ message.reference() + ")\n" + (message.subject() == null ? "" : message.subject() + "\n") + message.body()
				+ "\n";
		Files.writeString(path, block, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

}
