package sa.org.hayaniyah.masar.registerimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveries;
import sa.org.hayaniyah.masar.family.FamilyHistoryOfFile;
import sa.org.hayaniyah.masar.inquiry.InquiriesOfFamily;
import sa.org.hayaniyah.masar.intake.RequestsOfFamily;
import sa.org.hayaniyah.masar.outreach.FollowUpsOfFamily;
import sa.org.hayaniyah.masar.registration.ImportedFiles;

/**
 * A supervisor merges two families found to be one (issue 20): the requests (with their documents, household, decisions
 * and messages, which hang on the request), the deliveries, inquiries, outreach follow-ups, case notes and changes of
 * the merged family follow the file kept, each moved by the module that owns it; the merged file stays, pointing at the
 * one kept, out of the published view. A request not yet registered (from reception or an online submission) merged
 * into a file takes the file's national ID, so that once approved it joins that file instead of opening a new one.
 * Every id moved is recorded, so the undo (within {@link #UNDO_WITHIN}) puts back exactly what moved. Nothing is
 * deleted either way.
 */
@Service
class FamilyMerges {

	static final Duration UNDO_WITHIN = Duration.ofDays(30);

	record Merge(long id, String keptFile, String mergedFile, int requests, int deliveries, int inquiries, int followUps,
			int notes, int changes, String mergedBy, Instant mergedAt, String undoneBy, Instant undoneAt, boolean undoable) {
	}

	/**
	 * One family of a pair: a registered file, or a request not yet registered ({@code beneficiaryId} null; its key is
	 * the request's reference).
	 */
	record Side(String key, Long beneficiaryId, String fileNumber, String nationalId) {

		boolean registered() {
			return beneficiaryId != null;
		}

	}

	/** What the owners' movers return, by the kind {@code family_merge_row} records it under. */
	private static final String INQUIRY_BY_ID = "inquiry.national_id";

	private static final String INQUIRY_BY_FILE = "inquiry.beneficiary_id";

	private static final String FOLLOW_UP = "outreach_follow_up";

	private static final String NOTE = "family_note";

	private static final String CHANGE = "family_change";

	private final JdbcClient jdbc;

	private final RequestsOfFamily requests;

	private final ServiceDeliveries deliveries;

	private final ImportedFiles files;

	private final InquiriesOfFamily inquiries;

	private final FollowUpsOfFamily followUps;

	private final FamilyHistoryOfFile history;

	private final AuditTrail audit;

	private final Clock clock;

	FamilyMerges(JdbcClient jdbc, RequestsOfFamily requests, ServiceDeliveries deliveries, ImportedFiles files,
			InquiriesOfFamily inquiries, FollowUpsOfFamily followUps, FamilyHistoryOfFile history, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.deliveries = deliveries;
		this.files = files;
		this.inquiries = inquiries;
		this.followUps = followUps;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
	}

	/** Merges the pair into {@code keep} (one of the two, a registered file); empty when the pair is not open. */
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
		Side kept = side(keep).orElseThrow(() -> notAFile(keep));
		Side merged = side(keep.equals(a) ? b : a).orElseThrow(() -> notAFile(keep.equals(a) ? b : a));
		String mergedKey = merged.registered() ? merged.fileNumber() : merged.key();
		String refused = refusal(kept, merged);
		if (refused != null) {
			throw InvalidInputException.of("keep", refused, "this pair cannot be merged this way");
		}
		List<Long> movedRequests;
		try {
			movedRequests = requests.move(merged.nationalId(), kept.nationalId());
		}
		catch (RequestsOfFamily.BothOpen bothOpen) {
			throw InvalidInputException.of("keep", "للأسرتين طلبان مفتوحان: يُدمجان بعد إغلاق أحدهما (طلب مفتوح واحد لكل هوية)",
					"both families have an open request");
		}
		Map<String, List<Long>> moved = new LinkedHashMap<>();
		InquiriesOfFamily.Moved movedInquiries = inquiries.move(merged.nationalId(), merged.beneficiaryId(),
				kept.nationalId(), kept.beneficiaryId());
		moved.put(INQUIRY_BY_ID, movedInquiries.byNationalId());
		moved.put(INQUIRY_BY_FILE, movedInquiries.byFile());
		moved.put(NOTE, history.moveNotes(merged.nationalId(), kept.nationalId()));
		List<Long> movedDeliveries = List.of();
		if (merged.registered()) {
			movedDeliveries = deliveries.moveToFile(merged.beneficiaryId(), kept.beneficiaryId());
			moved.put(FOLLOW_UP, followUps.move(merged.beneficiaryId(), kept.beneficiaryId()));
			// changes are made to registered families only, each naming its file
			moved.put(CHANGE, history.moveChanges(merged.nationalId(), kept.nationalId(), kept.fileNumber()));
			if (!files.markMerged(merged.beneficiaryId(), kept.beneficiaryId())) {
				throw InvalidInputException.of("keep", "دُمج هذا الملف من قبل", "merged already");
			}
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO family_merge (duplicate_id, kept_file, merged_file, kept_beneficiary_id, merged_beneficiary_id,
				  merged_national_id, request_ids, delivery_ids, merged_by, merged_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(duplicateId, kept.fileNumber(), mergedKey, kept.beneficiaryId(), merged.beneficiaryId(),
					merged.nationalId(), ids(movedRequests), ids(movedDeliveries), user, Timestamp.from(now))
			.update();
		long mergeId = jdbc.sql("SELECT MAX(id) FROM family_merge WHERE duplicate_id = ?").param(duplicateId)
			.query(Long.class)
			.single();
		moved.forEach((kind, rows) -> rows.forEach(row -> jdbc.sql("INSERT INTO family_merge_row (merge_id, moved, row_id) VALUES (?, ?, ?)")
			.params(mergeId, kind, row)
			.update()));
		jdbc.sql("UPDATE family_duplicate SET status = 'MERGED', decided_by = ?, decided_at = ? WHERE id = ?")
			.params(user, Timestamp.from(now), duplicateId)
			.update();
		Merge done = get(mergeId);
		audit.record(user, AuditTrail.Action.CHANGE, kept.fileNumber(), "دمج " + mergedKey + " فيه: " + done.requests()
				+ " طلب، " + done.deliveries() + " صرف، " + done.inquiries() + " استفسار، " + done.followUps() + " متابعة، "
				+ done.notes() + " ملاحظة، " + done.changes() + " تعديل");
		audit.record(user, AuditTrail.Action.CHANGE, mergedKey, "دُمج في الملف " + kept.fileNumber());
		return Optional.of(done);
	}

	/** Both sides one file now, or families already decided to be different people. */
	boolean settled(Side a, Side b) {
		if (a.registered() && b.registered() && a.beneficiaryId().equals(b.beneficiaryId())) {
			return true;
		}
		return jdbc.sql("""
				SELECT COUNT(*) FROM family_duplicate WHERE status = 'DIFFERENT'
				  AND ((national_id = ? AND other_national_id = ?) OR (national_id = ? AND other_national_id = ?))""")
			.params(a.nationalId(), b.nationalId(), b.nationalId(), a.nationalId())
			.query(Integer.class)
			.single() > 0;
	}

	/** Why the merged side cannot join the kept one, in Arabic; null when it can. */
	String refusal(Side kept, Side merged) {
		if (settled(kept, merged)) {
			return "قُرّر من قبل أن الأسرتين مختلفتان، أو صارتا ملفًا واحدًا";
		}
		if (!kept.registered()) {
			return kept.key() + " طلب لم يُسجَّل بعد: يبقى ملف أسرة مسجل، ويُدمج فيه الطلب";
		}
		if (kept.nationalId().equals(merged.nationalId())) {
			return "الطلبان لرقم الهوية نفسه: يستكمل الاستقبال أحدهما ويُغلق الآخر، أو قرّر أنهما ليسا تكرارًا";
		}
		if (!merged.registered() && !verified(merged.key())) {
			return "لم يتحقق الاستقبال من بيانات الطلب " + merged.key() + " بعد: يُدمج بعد التحقق، أو قرّر أنهما مختلفان";
		}
		return null;
	}

	/**
	 * Whether reception's verification recorded the request's data: from then on it is not verified again, so the
	 * national ID the merge gives it stays (a verification would write back the one on its form).
	 */
	private boolean verified(String reference) {
		return jdbc.sql("SELECT COUNT(*) FROM applicant_on_request WHERE reference_number = ? AND date_of_birth IS NOT NULL")
			.param(reference)
			.query(Integer.class)
			.single() > 0;
	}

	/** Puts back exactly what the merge moved; refused after {@link #UNDO_WITHIN} or when undone already. */
	@Transactional
	Optional<Merge> undo(long mergeId, String user) {
		record Row(long duplicateId, String kept, String merged, long keptId, Long mergedId, String nationalId,
				String requestIds, String deliveryIds, Instant at, Instant undoneAt) {
		}
		Optional<Row> found = jdbc.sql("""
				SELECT duplicate_id, kept_file, merged_file, kept_beneficiary_id, merged_beneficiary_id, merged_national_id,
				  request_ids, delivery_ids, merged_at, undone_at FROM family_merge WHERE id = ?""")
			.param(mergeId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getTimestamp(9).toInstant(), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
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
		Map<String, List<Long>> moved = movedRows(mergeId);
		requests.restore(parse(m.requestIds()), m.nationalId());
		inquiries.restore(new InquiriesOfFamily.Moved(moved.getOrDefault(INQUIRY_BY_ID, List.of()),
				moved.getOrDefault(INQUIRY_BY_FILE, List.of())), m.nationalId(), m.mergedId());
		history.restoreNotes(moved.getOrDefault(NOTE, List.of()), m.nationalId());
		if (m.mergedId() != null) {
			deliveries.restoreToFile(parse(m.deliveryIds()), m.mergedId());
			followUps.restore(moved.getOrDefault(FOLLOW_UP, List.of()), m.mergedId());
			history.restoreChanges(moved.getOrDefault(CHANGE, List.of()), m.nationalId(), m.merged());
			files.unmarkMerged(m.mergedId(), m.keptId());
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE family_merge SET undone_by = ?, undone_at = ? WHERE id = ?")
			.params(user, Timestamp.from(now), mergeId)
			.update();
		jdbc.sql("UPDATE family_duplicate SET status = 'OPEN', decided_by = NULL, decided_at = NULL WHERE id = ?")
			.param(m.duplicateId())
			.update();
		audit.record(user, AuditTrail.Action.CHANGE, m.kept(), "إلغاء دمج " + m.merged());
		audit.record(user, AuditTrail.Action.CHANGE, m.merged(), "أُلغي دمجه في الملف " + m.kept());
		return Optional.of(get(mergeId));
	}

	private Map<String, List<Long>> movedRows(long mergeId) {
		Map<String, List<Long>> moved = new LinkedHashMap<>();
		jdbc.sql("SELECT moved, row_id FROM family_merge_row WHERE merge_id = ? ORDER BY moved, row_id")
			.param(mergeId)
			.query((rs, i) -> moved.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return moved;
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
		Map<String, List<Long>> moved = movedRows(rs.getLong("id"));
		int inquiriesMoved = moved.getOrDefault(INQUIRY_BY_ID, List.of()).size()
				+ (int) moved.getOrDefault(INQUIRY_BY_FILE, List.of()).stream()
					.filter(id -> !moved.getOrDefault(INQUIRY_BY_ID, List.of()).contains(id))
					.count();
		return new Merge(rs.getLong("id"), rs.getString("kept_file"), rs.getString("merged_file"),
				parse(rs.getString("request_ids")).size(), parse(rs.getString("delivery_ids")).size(), inquiriesMoved,
				moved.getOrDefault(FOLLOW_UP, List.of()).size(), moved.getOrDefault(NOTE, List.of()).size(),
				moved.getOrDefault(CHANGE, List.of()).size(), rs.getString("merged_by"), at, rs.getString("undone_by"),
				undone == null ? null : undone.toInstant(), undone == null && !clock.instant().isAfter(at.plus(UNDO_WITHIN)));
	}

	/** A file number, or a request's reference: its file when its national ID has one, else the request itself. */
	Optional<Side> side(String key) {
		Optional<Side> file = jdbc.sql("SELECT id, file_number, national_id FROM beneficiary_file WHERE file_number = ?")
			.param(key)
			.query((rs, i) -> new Side(key, rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
		if (file.isPresent() || key.startsWith("HY-F-")) {
			return file;
		}
		Optional<String> nationalId = jdbc.sql("SELECT national_id FROM request_summary WHERE reference_number = ?")
			.param(key)
			.query(String.class)
			.optional();
		if (nationalId.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("SELECT id, file_number FROM beneficiary_file WHERE national_id = ?")
			.param(nationalId.get())
			.query((rs, i) -> new Side(key, rs.getLong(1), rs.getString(2), nationalId.get()))
			.optional()
			.orElse(new Side(key, null, null, nationalId.get())));
	}

	private static InvalidInputException notAFile(String key) {
		return InvalidInputException.of("keep", key + " لم يعد في السجل (دُمج في ملف آخر أو أُغلق): قرّر أنهما مختلفان",
				"not a registered file");
	}

	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Long> parse(String ids) {
		return ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
	}

}
