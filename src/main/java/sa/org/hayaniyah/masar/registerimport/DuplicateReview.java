package sa.org.hayaniyah.masar.registerimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.PersonalData;
import sa.org.hayaniyah.masar.family.RequestStages;
import sa.org.hayaniyah.masar.intake.Channel;

/**
 * The supervisors' review of possible duplicates, both families side by side: found by the import, among registered
 * files, and among requests not yet registered (from reception or an online submission) against a file or another
 * open request. The verdict "different people" is kept with both national IDs: the pair is never added again,
 * whatever key either family has later (a request that becomes a file), and verification's duplicate check skips it
 * (the view {@code different_families}). Every pair shown is written to the personal-data audit; national IDs are
 * shown masked, as the family file shows them.
 */
@Service
class DuplicateReview {

	/** One family of a pair: a registered file, or a request with its stage. */
	record Family(String key, boolean registered, String name, String nationalId, String mobile, LocalDate dateOfBirth,
			String city, String district, String stageLabel) {
	}

	/** {@code keepOptions}: the files the pair may be merged into; {@code note}: why none, when none. */
	record Pair(long id, String source, String sourceLabel, String reason, Family family, Family other,
			List<Keep> keepOptions, String note) {
	}

	/** A merge the pair allows: {@code keep} as the merge takes it (a key of the pair), into the file it names. */
	record Keep(String keep, String fileNumber) {
	}

	private record Found(String key, String other, String nationalId, String otherNationalId, String source,
			String reason) {
	}

	static final String SAME_NAME = "تطابق الاسم وتاريخ الميلاد";

	static final String SAME_MOBILE = "تطابق رقم الجوال";

	static final String SAME_ID = "رقم الهوية نفسه في طلب آخر مفتوح";

	/** Neither key nor national IDs of the pair flagged before, in either order (any verdict). */
	private static final String NOT_FLAGGED = " " + """
			AND NOT EXISTS (SELECT 1 FROM family_duplicate d WHERE (d.file_number = %1$s AND d.other = %2$s)
			   OR (d.file_number = %2$s AND d.other = %1$s)
			   OR (d.national_id = %3$s AND d.other_national_id = %4$s) OR (d.national_id = %4$s AND d.other_national_id = %3$s))""";

	/** The request (by its alias) is open and its family has no file yet. */
	private static final String PENDING = " " + """
			AND %1$s.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM beneficiary_file f WHERE f.national_id = %1$s.national_id)""";

	private final JdbcClient jdbc;

	private final FamilyMerges merges;

	private final RequestStages stages;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DuplicateReview(JdbcClient jdbc, FamilyMerges merges, RequestStages stages, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.merges = merges;
		this.stages = stages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Files registered through intake after an import (or after each other) that may be one family: same folded name
	 * and date of birth, or same mobile, under two national IDs (verification warned reception; here a supervisor
	 * decides). Each join is one equality, so the database hashes it instead of comparing every pair.
	 */
	int scanRegister() {
		List<Found> found = new ArrayList<>();
		for (String[] match : List.of(new String[] { "a.normalized_name = b.normalized_name AND a.date_of_birth = b.date_of_birth",
				SAME_NAME }, new String[] { "a.mobile = b.mobile", SAME_MOBILE })) {
			jdbc.sql("SELECT b.file_number, a.file_number, b.national_id, a.national_id FROM beneficiary_file a JOIN beneficiary_file b ON "
					+ match[0] + " AND a.id < b.id WHERE a.national_id <> b.national_id"
					+ " AND a.anonymised_at IS NULL AND b.anonymised_at IS NULL"
					+ NOT_FLAGGED.formatted("a.file_number", "b.file_number", "a.national_id", "b.national_id"))
				.query((rs, i) -> found.add(new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						"INTAKE", match[1])))
				.list();
		}
		return add(found);
	}

	/**
	 * Requests not yet registered that may be a family already known: verification's warning (same folded name and
	 * date of birth, or same mobile, as a file or another open request under another national ID) and intake's flag on
	 * an online submission (another open request for the same national ID). The source says where the request came
	 * from: an online submission, or reception.
	 */
	int scanPending() {
		List<Found> found = new ArrayList<>();
		for (String[] match : List.of(new String[] { "b.normalized_name = a.normalized_name AND b.date_of_birth = a.date_of_birth",
				SAME_NAME }, new String[] { "b.mobile = a.mobile", SAME_MOBILE })) {
			jdbc.sql("SELECT s.reference_number, b.file_number, s.national_id, b.national_id, s.channel FROM request_summary s"
					+ " JOIN applicant_on_request a ON a.id = s.id JOIN beneficiary_file b ON " + match[0]
					+ " WHERE b.national_id <> s.national_id AND b.anonymised_at IS NULL" + PENDING.formatted("s")
					+ NOT_FLAGGED.formatted("s.reference_number", "b.file_number", "s.national_id", "b.national_id"))
				.query((rs, i) -> found.add(new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						source(rs.getString(5)), match[1])))
				.list();
			jdbc.sql("SELECT s.reference_number, o.reference_number, s.national_id, o.national_id, s.channel FROM request_summary s"
					+ " JOIN applicant_on_request a ON a.id = s.id JOIN applicant_on_request b ON " + match[0]
					+ " JOIN request_summary o ON o.id = b.id AND o.id < s.id"
					+ " WHERE o.national_id <> s.national_id" + PENDING.formatted("s") + PENDING.formatted("o")
					+ NOT_FLAGGED.formatted("s.reference_number", "o.reference_number", "s.national_id", "o.national_id"))
				.query((rs, i) -> found.add(new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						source(rs.getString(5)), match[1])))
				.list();
		}
		// the same national ID: only the keys tell one such pair from another
		jdbc.sql("""
				SELECT s.reference_number, o.reference_number, s.national_id, s.channel FROM request_summary s
				JOIN request_summary o ON o.reference_number = s.possible_duplicate_of AND o.status = 'OPEN'
				WHERE s.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM family_duplicate d
				  WHERE (d.file_number = s.reference_number AND d.other = o.reference_number)
				    OR (d.file_number = o.reference_number AND d.other = s.reference_number))""")
			.query((rs, i) -> found.add(new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(3),
					source(rs.getString(4)), SAME_ID)))
			.list();
		return add(found);
	}

	/** Adds each pair once (by keys, and by national IDs when they differ), both orders counting as one. */
	private int add(List<Found> found) {
		Set<String> added = new HashSet<>();
		Instant now = clock.instant();
		int n = 0;
		for (Found f : found) {
			boolean byKeys = added.add(f.key() + ">" + f.other()) & added.add(f.other() + ">" + f.key());
			boolean byIds = f.nationalId().equals(f.otherNationalId())
					|| added.add(f.nationalId() + "=" + f.otherNationalId()) & added.add(f.otherNationalId() + "=" + f.nationalId());
			if (byKeys && byIds) {
				jdbc.sql("""
						INSERT INTO family_duplicate (file_number, other, source, reason, found_at, status, national_id, other_national_id)
						VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
					.params(f.key(), f.other(), f.source(), f.reason(), Timestamp.from(now), f.nationalId(), f.otherNationalId())
					.update();
				n++;
			}
		}
		return n;
	}

	/** A file number ({@code HY-F-…}) or a request's reference ({@code HY-1448-…}): the pairs a supervisor looks for. */
	private static final Pattern ABOUT = Pattern.compile("HY-(F-\\d{1,12}|\\d{4}-\\d{6,9})");

	/**
	 * The pairs waiting, oldest first, at most 200; with {@code about}, only the pairs of that file or request (a
	 * supervisor sent to one family, or more pairs waiting than a page shows).
	 */
	List<Pair> open(String about) {
		String key = about == null || about.isBlank() ? null : about.strip().toUpperCase(Locale.ROOT);
		if (key != null && (key.length() > 30 || !ABOUT.matcher(key).matches())) {
			throw InvalidInputException.of("about", "اكتب رقم ملف مثل HY-F-000123 أو رقم طلب مثل HY-1448-000123",
					"a file number or a request reference");
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> scanAndList(key));
			}
			catch (DuplicateKeyException raced) {
				// another page (another supervisor, another node) added the same new pair meanwhile: it is there now
				if (attempt == 3) {
					throw raced;
				}
			}
		}
	}

	private List<Pair> scanAndList(String key) {
		scanRegister();
		scanPending();
		// pairs the import found carry file numbers only: their national IDs, for the verdict to hold by family
		jdbc.sql("""
				UPDATE family_duplicate SET national_id = (SELECT national_id FROM beneficiary_file b WHERE b.file_number = family_duplicate.file_number),
				  other_national_id = (SELECT national_id FROM beneficiary_file b WHERE b.file_number = family_duplicate.other)
				WHERE national_id IS NULL AND status = 'OPEN'""")
			.update();
		List<Pair> pairs = jdbc.sql("""
				SELECT id, file_number, other, source, reason FROM family_duplicate
				WHERE status = 'OPEN' AND (CAST(? AS VARCHAR(30)) IS NULL OR file_number = ? OR other = ?) ORDER BY id
				FETCH FIRST 200 ROWS ONLY""")
			.params(key, key, key)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) })
			.list()
			.stream()
			.map(this::pair)
			.flatMap(Optional::stream)
			.toList();
		for (Pair pair : pairs) {
			audit.record(AuditTrail.Action.READ, pair.family() == null ? "duplicate:" + pair.id() : pair.family().key(),
					"مراجعة التكرار المحتمل مع " + (pair.other() == null ? "" : pair.other().key()));
		}
		return pairs;
	}

	/**
	 * The pair as it stands now; empty when it is settled by another verdict: a request merged meanwhile into a file
	 * decided different from the other family, or both sides now one file.
	 */
	private Optional<Pair> pair(String[] row) {
		Optional<FamilyMerges.Side> a = merges.side(row[1]);
		Optional<FamilyMerges.Side> b = merges.side(row[2]);
		if (a.isPresent() && b.isPresent() && merges.settled(a.get(), b.get())) {
			return Optional.empty();
		}
		List<Keep> keep = new ArrayList<>();
		String note = null;
		if (a.isPresent() && b.isPresent()) {
			for (var sides : List.of(List.of(a.get(), b.get()), List.of(b.get(), a.get()))) {
				String refused = merges.refusal(sides.get(0), sides.get(1));
				if (refused == null) {
					keep.add(new Keep(sides.get(0).key(), sides.get(0).fileNumber()));
				}
				else if (sides.get(0).registered() || note == null) {
					note = refused;
				}
			}
		}
		else {
			note = "أحد الطرفين لم يعد في السجل (دُمج في ملف آخر أو أُغلق)";
		}
		return Optional.of(new Pair(Long.parseLong(row[0]), row[3], label(row[3]), row[4], family(row[1]).orElse(null),
				family(row[2]).orElse(null), keep, keep.isEmpty() ? note : null));
	}

	@Transactional
	boolean markDifferent(long id, String user) {
		Optional<String[]> pair = jdbc.sql("SELECT file_number, other FROM family_duplicate WHERE id = ? AND status = 'OPEN'")
			.param(id)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (pair.isEmpty()) {
			return false;
		}
		// the verdict is kept with both families' national IDs as they are now
		jdbc.sql("""
				UPDATE family_duplicate SET status = 'DIFFERENT', decided_by = ?, decided_at = ?,
				  national_id = COALESCE(?, national_id), other_national_id = COALESCE(?, other_national_id) WHERE id = ?""")
			.params(user, Timestamp.from(clock.instant()), nationalId(pair.get()[0]), nationalId(pair.get()[1]), id)
			.update();
		audit.record(user, AuditTrail.Action.CHANGE, pair.get()[0], "ليسا الأسرة نفسها: " + pair.get()[1]);
		return true;
	}

	private String nationalId(String key) {
		return merges.side(key).map(FamilyMerges.Side::nationalId).orElse(null);
	}

	private Optional<Family> family(String key) {
		if (key.startsWith("HY-F-")) {
			return jdbc.sql("""
					SELECT file_number, full_name, national_id, mobile, date_of_birth, city, district FROM beneficiary_file
					WHERE file_number = ?""")
				.param(key)
				.query((rs, i) -> new Family(rs.getString(1), true, rs.getString(2), PersonalData.mask(rs.getString(3)),
						rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6),
						rs.getString(7), null))
				.optional();
		}
		return jdbc.sql("""
				SELECT reference_number, applicant_name, national_id, mobile, date_of_birth, city, district FROM applicant_on_request
				WHERE reference_number = ?""")
			.param(key)
			.query((rs, i) -> new Family(rs.getString(1), false, rs.getString(2), PersonalData.mask(rs.getString(3)),
					rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6),
					rs.getString(7), stages.of(key).map(RequestStages.RequestStage::stageLabel).orElse(null)))
			.optional();
	}

	private static String source(String channel) {
		return Channel.valueOf(channel).isOnline() ? "ONLINE" : "RECEPTION";
	}

	private static String label(String source) {
		return switch (source) {
			case "IMPORT" -> "استيراد السجل";
			case "ONLINE" -> "طلب إلكتروني";
			case "RECEPTION" -> "الاستقبال";
			default -> "الاستقبال والتسجيل";
		};
	}

}
