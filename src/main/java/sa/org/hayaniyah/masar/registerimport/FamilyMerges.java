package sa.org.hayaniyah.masar.registerimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveries;
import sa.org.hayaniyah.masar.intake.RequestsOfFamily;
import sa.org.hayaniyah.masar.registration.ImportedFiles;

/**
 * A supervisor merges two files of one family (issue 20): the requests (with their documents, household, decisions
 * and messages, which hang on the request) and the deliveries of the merged file follow the file kept; the merged file
 * stays, pointing at the one kept, out of the published view. Every id moved is recorded, so the undo (within
 * {@link #UNDO_WITHIN}) puts back exactly what moved. Nothing is deleted either way.
 */
@Service
class FamilyMerges {

	static final Duration UNDO_WITHIN = Duration.ofDays(30);

	record Merge(long id, String keptFile, String mergedFile, int requests, int deliveries, String mergedBy,
			Instant mergedAt, String undoneBy, Instant undoneAt, boolean undoable) {
	}

	record File(long id, String fileNumber, String nationalId) {
	}

	private final JdbcClient jdbc;

	private final RequestsOfFamily requests;

	private final ServiceDeliveries deliveries;

	private final ImportedFiles files;

	private final AuditTrail audit;

	private final Clock clock;

	FamilyMerges(JdbcClient jdbc, RequestsOfFamily requests, ServiceDeliveries deliveries, ImportedFiles files,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.deliveries = deliveries;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Merges the pair into the file {@code keep} (one of the two); empty when the pair is not open. */
	@Transactional
	Optional<Merge> merge(long duplicateId, String keep, String user) {
		Optional<String[]> pair = jdbc.sql("SELECT file_number, other FROM family_duplicate WHERE id = ? AND status = 'OPEN'")
			.param(duplicateId)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (pair.isEmpty()) {
			return Optional.empty();
		}
		String a = pair.get()[0];
		String b = pair.get()[1];
		if (keep == null || !(keep.equals(a) || keep.equals(b))) {
			throw InvalidInputException.of("keep", "اختر أحد الملفين ليبقى: " + a + " أو " + b, "keep one of the pair");
		}
		String mergedNumber = keep.equals(a) ? b : a;
		File kept = file(keep).orElseThrow(() -> notAFile(keep));
		File merged = file(mergedNumber).orElseThrow(() -> notAFile(mergedNumber));
		List<Long> movedRequests;
		try {
			movedRequests = requests.move(merged.nationalId(), kept.nationalId());
		}
		catch (RequestsOfFamily.BothOpen bothOpen) {
			throw InvalidInputException.of("keep", "للأسرتين طلبان مفتوحان: يُدمج الملفان بعد إغلاق أحدهما",
					"both families have an open request");
		}
		List<Long> movedDeliveries = deliveries.moveToFile(merged.id(), kept.id());
		if (!files.markMerged(merged.id(), kept.id())) {
			throw InvalidInputException.of("keep", "دُمج هذا الملف من قبل", "merged already");
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO family_merge (duplicate_id, kept_file, merged_file, kept_beneficiary_id, merged_beneficiary_id,
				  merged_national_id, request_ids, delivery_ids, merged_by, merged_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(duplicateId, kept.fileNumber(), merged.fileNumber(), kept.id(), merged.id(), merged.nationalId(),
					ids(movedRequests), ids(movedDeliveries), user, Timestamp.from(now))
			.update();
		jdbc.sql("UPDATE family_duplicate SET status = 'MERGED', decided_by = ?, decided_at = ? WHERE id = ?")
			.params(user, Timestamp.from(now), duplicateId)
			.update();
		audit.record(user, AuditTrail.Action.CHANGE, kept.fileNumber(), "دمج الملف " + merged.fileNumber() + " فيه: "
				+ movedRequests.size() + " طلب، " + movedDeliveries.size() + " صرف");
		audit.record(user, AuditTrail.Action.CHANGE, merged.fileNumber(), "دُمج في الملف " + kept.fileNumber());
		return Optional.of(byDuplicate(duplicateId));
	}

	/** Puts back exactly what the merge moved; refused after {@link #UNDO_WITHIN} or when undone already. */
	@Transactional
	Optional<Merge> undo(long mergeId, String user) {
		record Row(long duplicateId, String kept, String merged, long keptId, long mergedId, String nationalId,
				String requestIds, String deliveryIds, Instant at, Instant undoneAt) {
		}
		Optional<Row> found = jdbc.sql("""
				SELECT duplicate_id, kept_file, merged_file, kept_beneficiary_id, merged_beneficiary_id, merged_national_id,
				  request_ids, delivery_ids, merged_at, undone_at FROM family_merge WHERE id = ?""")
			.param(mergeId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Row m = found.get();
		if (m.undoneAt() != null) {
			throw InvalidInputException.of("merge", "أُلغي هذا الدمج من قبل", "undone already");
		}
		if (clock.instant().isAfter(m.at().plus(UNDO_WITHIN))) {
			throw InvalidInputException.of("merge", "مضى على الدمج أكثر من 30 يومًا؛ لا يُلغى", "older than 30 days");
		}
		requests.restore(parse(m.requestIds()), m.nationalId());
		deliveries.restoreToFile(parse(m.deliveryIds()), m.mergedId());
		files.unmarkMerged(m.mergedId(), m.keptId());
		Instant now = clock.instant();
		jdbc.sql("UPDATE family_merge SET undone_by = ?, undone_at = ? WHERE id = ?")
			.params(user, Timestamp.from(now), mergeId)
			.update();
		jdbc.sql("UPDATE family_duplicate SET status = 'OPEN', decided_by = NULL, decided_at = NULL WHERE id = ?")
			.param(m.duplicateId())
			.update();
		audit.record(user, AuditTrail.Action.CHANGE, m.kept(), "إلغاء دمج الملف " + m.merged());
		audit.record(user, AuditTrail.Action.CHANGE, m.merged(), "أُلغي دمجه في الملف " + m.kept());
		return Optional.of(get(mergeId));
	}

	List<Merge> recent() {
		return jdbc.sql("SELECT * FROM family_merge ORDER BY id DESC FETCH FIRST 100 ROWS ONLY").query(this::merge).list();
	}

	private Merge byDuplicate(long duplicateId) {
		return jdbc.sql("SELECT * FROM family_merge WHERE duplicate_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(duplicateId)
			.query(this::merge)
			.single();
	}

	private Merge get(long id) {
		return jdbc.sql("SELECT * FROM family_merge WHERE id = ?").param(id).query(this::merge).single();
	}

	private Merge merge(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Instant at = rs.getTimestamp("merged_at").toInstant();
		Timestamp undone = rs.getTimestamp("undone_at");
		return new Merge(rs.getLong("id"), rs.getString("kept_file"), rs.getString("merged_file"),
				parse(rs.getString("request_ids")).size(), parse(rs.getString("delivery_ids")).size(), rs.getString("merged_by"),
				at, rs.getString("undone_by"), undone == null ? null : undone.toInstant(),
				undone == null && !clock.instant().isAfter(at.plus(UNDO_WITHIN)));
	}

	private Optional<File> file(String fileNumber) {
		return jdbc.sql("SELECT id, file_number, national_id FROM beneficiary_file WHERE file_number = ?")
			.param(fileNumber)
			.query((rs, i) -> new File(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	private static InvalidInputException notAFile(String key) {
		return InvalidInputException.of("keep", key + " ليس ملف أسرة مسجلًا (طلب لم يُسجَّل بعد، أو ملف دُمج): قرّر أنهما مختلفان أو انتظر تسجيله",
				"not a registered file");
	}

	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Long> parse(String ids) {
		return ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
	}

}
