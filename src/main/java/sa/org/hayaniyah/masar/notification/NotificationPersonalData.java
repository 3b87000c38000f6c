package sa.org.hayaniyah.masar.notification;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;
import sa.org.hayaniyah.masar.privacy.RetentionCutoffs;

/**
 * The outbox table and the files the loopback channels write. Messages are found by request and by reference
 * number, so an inquiry's answer (no request) is found too.
 */
@Component
class NotificationPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	private final List<Path> files;

	NotificationPersonalData(JdbcClient jdbc, NotificationProperties properties) {
		this.jdbc = jdbc;
		Path sms = Path.of(properties.sms().logFile());
		this.files = List.of(sms, Path.of(properties.email().logFile()), sms.resolveSibling("internal.log"));
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("notification", "recipient body subject last_error", """
				id request_id idempotency_key template channel status created_at attempts next_attempt_at sent_at reference_number
				claimed_by claimed_at"""))
			.files(files.toArray(Path[]::new));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("notification", Stream.concat(
				PersonalRows.select(jdbc, "SELECT * FROM notification WHERE request_id IN (:ids)", subject.get(REQUEST)).stream(),
				PersonalRows.select(jdbc, "SELECT * FROM notification WHERE reference_number IN (:ids)", subject.get(REFERENCE))
					.stream())
			.distinct()
			.toList());
		List<Map<String, Object>> blocks = new ArrayList<>();
		for (Path file : files) {
			try {
				OutboxFile.blocks(file, subject.strings(REFERENCE))
					.forEach(block -> blocks.add(Map.of("file", file.getFileName().toString(), "text", block)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		export.put("outbox_file", blocks);
		return export;
	}

	/** Whatever their reference, blocks older than the retention period leave the outbox files. */
	@Override
	public void expire(RetentionCutoffs cutoffs) {
		for (Path file : files) {
			try {
				OutboxFile.purgeBefore(file, cutoffs.closedRecords());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	@Override
	public void anonymise(DataSubject subject) {
		String clear = "SET recipient = '-', body = '-', subject = NULL, last_error = NULL";
		PersonalRows.update(jdbc, "UPDATE notification " + clear + " WHERE request_id IN (:ids)", subject.get(REQUEST));
		PersonalRows.update(jdbc, "UPDATE notification " + clear + " WHERE reference_number IN (:ids)", subject.get(REFERENCE));
		for (Path file : files) {
			try {
				OutboxFile.purge(file, subject.strings(REFERENCE));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

}
