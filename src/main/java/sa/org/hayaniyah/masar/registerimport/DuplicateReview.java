package sa.org.hayaniyah.masar.registerimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;

/**
 * The supervisors' review of possible duplicates found by the import: both families side by side (from the
 * registration's published view, or the request as declared), and the verdict "different people", after which the
 * pair is never flagged again (the pair is unique in {@code family_duplicate}, and the import's check skips decided
 * pairs). Every pair shown is written to the personal-data audit.
 */
@Service
class DuplicateReview {

	record Family(String key, String name, String nationalId, String mobile, LocalDate dateOfBirth, String city,
			String district) {
	}

	record Pair(long id, String source, String sourceLabel, String reason, Family family, Family other) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DuplicateReview(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Files registered through intake after an import (or after each other) that may be one family: same folded name
	 * and date of birth, or same mobile, under two national IDs (verification warned reception; here a supervisor
	 * decides). Pairs already in the review, merged or marked different are never added again. Two joins, each one
	 * equality, so the database hashes them instead of comparing every pair.
	 */
	int scanRegister() {
		String notYet = """
				 AND a.anonymised_at IS NULL AND b.anonymised_at IS NULL
				 AND NOT EXISTS (SELECT 1 FROM family_duplicate d WHERE (d.file_number = a.file_number AND d.other = b.file_number)
				   OR (d.file_number = b.file_number AND d.other = a.file_number))""";
		List<String[]> found = new java.util.ArrayList<>();
		jdbc.sql("""
				SELECT b.file_number, a.file_number FROM beneficiary_file a JOIN beneficiary_file b
				  ON a.normalized_name = b.normalized_name AND a.date_of_birth = b.date_of_birth AND a.id < b.id
				WHERE a.national_id <> b.national_id""" + "\n" + notYet)
			.query((rs, i) -> found.add(new String[] { rs.getString(1), rs.getString(2), "تطابق الاسم وتاريخ الميلاد" }))
			.list();
		jdbc.sql("""
				SELECT b.file_number, a.file_number FROM beneficiary_file a JOIN beneficiary_file b
				  ON a.mobile = b.mobile AND a.id < b.id
				WHERE a.national_id <> b.national_id""" + "\n" + notYet)
			.query((rs, i) -> found.add(new String[] { rs.getString(1), rs.getString(2), "تطابق رقم الجوال" }))
			.list();
		java.util.Set<String> added = new java.util.HashSet<>();
		java.time.Instant now = clock.instant();
		for (String[] pair : found) {
			if (added.add(pair[0] + ">" + pair[1])) {
				jdbc.sql("""
						INSERT INTO family_duplicate (file_number, other, source, reason, found_at, status)
						VALUES (?, ?, 'INTAKE', ?, ?, 'OPEN')""")
					.params(pair[0], pair[1], pair[2], Timestamp.from(now))
					.update();
			}
		}
		return added.size();
	}

	@Transactional
	List<Pair> open() {
		scanRegister();
		List<Pair> pairs = jdbc.sql("""
				SELECT id, file_number, other, source, reason FROM family_duplicate WHERE status = 'OPEN' ORDER BY id
				FETCH FIRST 200 ROWS ONLY""")
			.query((rs, i) -> new Pair(rs.getLong(1), rs.getString(4), label(rs.getString(4)), rs.getString(5),
					family(rs.getString(2)).orElse(null), family(rs.getString(3)).orElse(null)))
			.list();
		for (Pair pair : pairs) {
			audit.record(AuditTrail.Action.READ, pair.family() == null ? "duplicate:" + pair.id() : pair.family().key(),
					"مراجعة التكرار المحتمل مع " + (pair.other() == null ? "" : pair.other().key()));
		}
		return pairs;
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
		jdbc.sql("UPDATE family_duplicate SET status = 'DIFFERENT', decided_by = ?, decided_at = ? WHERE id = ?")
			.params(user, Timestamp.from(clock.instant()), id)
			.update();
		audit.record(user, AuditTrail.Action.CHANGE, pair.get()[0], "ليسا الأسرة نفسها: " + pair.get()[1]);
		return true;
	}

	private Optional<Family> family(String key) {
		if (key.startsWith("HY-F-")) {
			return jdbc.sql("""
					SELECT file_number, full_name, national_id, mobile, date_of_birth, city, district FROM beneficiary_file
					WHERE file_number = ?""")
				.param(key)
				.query((rs, i) -> new Family(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7)))
				.optional();
		}
		return jdbc.sql("""
				SELECT reference_number, applicant_name, national_id, mobile, date_of_birth, city, district FROM applicant_on_request
				WHERE reference_number = ?""")
			.param(key)
			.query((rs, i) -> new Family(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7)))
			.optional();
	}

	private static String label(String source) {
		return switch (source) {
			case "IMPORT" -> "استيراد السجل";
			case "ONLINE" -> "طلب إلكتروني";
			default -> "الاستقبال والتسجيل";
		};
	}

}
