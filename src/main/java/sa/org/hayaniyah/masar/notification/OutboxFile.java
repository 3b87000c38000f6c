package sa.org.hayaniyah.masar.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * Where a channel without a real provider (the default profile) shows what it would have sent: one block per
 * message in a UTF-8 file under ./data/outbox. The recipient is masked; the text is what the applicant would read.
 * Each block names the message's client reference, so the file itself tells whether a message left. Retention takes
 * out the blocks of an anonymised case's references, and every block older than its period (privacy's retention).
 */
final class OutboxFile {

	private OutboxFile() {
	}

	static synchronized void append(String file, Outgoing message) throws IOException {
		Path path = Path.of(file);
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		// the engine's clock, which retention's periods are measured on
		String block = "--- " + ClockUtil.getCurrentTime().toInstant() + " " + message.channel() + " to " + PersonalData.mask(message.recipient()) + " ("
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

	/** The blocks about these references (request, inquiry or file numbers), for the data subject's export. */
	static synchronized List<String> blocks(Path path, Collection<String> references) throws IOException {
		return split(path).stream().filter(block -> about(block, references)).toList();
	}

	/** Rewrites the file without the blocks about these references: retention's anonymisation of the outbox. */
	static synchronized int purge(Path path, Collection<String> references) throws IOException {
		return rewrite(path, block -> !about(block, references));
	}

	/** Rewrites the file without the blocks written before {@code cutOff}. */
	static synchronized int purgeBefore(Path path, Instant cutOff) throws IOException {
		return rewrite(path, block -> !writtenBefore(block, cutOff));
	}

	private static int rewrite(Path path, Predicate<String> keep) throws IOException {
		List<String> blocks = split(path);
		List<String> kept = blocks.stream().filter(keep).toList();
		if (kept.size() < blocks.size()) {
			Path fresh = path.resolveSibling(path.getFileName() + ".purging");
			Files.writeString(fresh, String.join("", kept), StandardCharsets.UTF_8);
			Files.move(fresh, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		return blocks.size() - kept.size();
	}

	/** A block's first line starts with when it was written: {@code --- 2026-11-22T07:00:00Z SMS to ...}. */
	private static boolean writtenBefore(String block, Instant cutOff) {
		int end = block.indexOf(' ', 4);
		try {
			return end > 4 && Instant.parse(block.substring(4, end)).isBefore(cutOff);
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	/** A block's first line names its reference in brackets, {@code (HY-1447-000012)}. */
	private static boolean about(String block, Collection<String> references) {
		String header = block.substring(0, Math.max(0, block.indexOf('\n')));
		return references.stream().anyMatch(reference -> header.contains("(" + reference + ")"));
	}

	private static List<String> split(Path path) throws IOException {
		List<String> blocks = new ArrayList<>();
		if (!Files.exists(path)) {
			return blocks;
		}
		StringBuilder block = new StringBuilder();
		for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
			if (line.startsWith("--- ") && !block.isEmpty()) {
				blocks.add(block.toString());
				block.setLength(0);
			}
			block.append(line).append('\n');
		}
		if (!block.isEmpty()) {
			blocks.add(block.toString());
		}
		return blocks;
	}

	private static String tag(Outgoing message) {
		return "[" + message.clientReference() + "]";
	}

}
