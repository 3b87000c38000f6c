package sa.org.hayaniyah.masar.family;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.privacy.DataSubjectCorrection;

/**
 * A registered family's data changed after registration, each change with its reason, who and when, kept in the
 * file's history. Contact data (mobile, address, district) is corrected at once in every module's records through
 * privacy's {@link DataSubjectCorrection}. A change that can affect eligibility (household size, monthly income) waits
 * for a supervisor; once approved it is the family's data the file shows (the registered file keeps no household or
 * income of its own; the next request declares them again).
 */
@Service
class FamilyChanges {

	/** The fields staff may change, with their Arabic names; true when the change can affect eligibility. */
	static final Map<String, String> FIELDS = Map.of("mobile", "رقم الجوال", "address", "العنوان", "district", "الحي",
			"householdSize", "عدد أفراد الأسرة", "monthlyIncome", "الدخل الشهري");

	static final Map<String, String> STATUS = Map.of("APPLIED", "طُبّق", "AWAITING_SUPERVISOR", "بانتظار اعتماد المشرف",
			"APPROVED", "اعتمده المشرف", "REJECTED", "رفضه المشرف");

	record Change(long id, String nationalId, String fileNumber, String field, String value, String reason,
			String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt, String note) {

		boolean affectsEligibility() {
			return affectsEligibility(field);
		}

		static boolean affectsEligibility(String field) {
			return "householdSize".equals(field) || "monthlyIncome".equals(field);
		}

	}

	/** The file whose family changed and what was changed. */
	record Target(String nationalId, String fileNumber, String reference) {
	}

	private final JdbcClient jdbc;

	private final DataSubjectCorrection corrections;

	private final AuditTrail audit;

	private final Clock clock;

	FamilyChanges(JdbcClient jdbc, DataSubjectCorrection corrections, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.corrections = corrections;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a change; contact data is applied at once, the rest waits for a supervisor. */
	@Transactional
	Change request(String user, Target target, Object field, Object value, Object reason) {
		List<Violation> violations = new ArrayList<>();
		String which = EdgeChecks.text("field", "الحقل", field, 20, violations);
		if (violations.isEmpty() && (which == null || !FIELDS.containsKey(which))) {
			violations.add(new Violation("field", "الحقل غير قابل للتغيير: mobile أو address أو district أو householdSize أو monthlyIncome",
					"field must be one of mobile, address, district, householdSize, monthlyIncome"));
		}
		String why = EdgeChecks.text("reason", "سبب التغيير", reason, 250, violations);
		if (why == null || why.length() < 3) {
			violations.add(new Violation("reason", "اكتب سبب التغيير ومن طلبه", "reason is required (3 to 250 characters)"));
		}
		String text = eligibilityValue(which, value, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		boolean eligibility = Change.affectsEligibility(which);
		if (!eligibility) {
			// checked, normalised and set in every module's records; audited there as a correction
			corrections.correct(target.nationalId(), which, value, why);
			text = value.toString().strip();
		}
		Change change = insert(target, which, text, why, user, eligibility ? "AWAITING_SUPERVISOR" : "APPLIED");
		audit.record(user, AuditTrail.Action.CHANGE, target.reference(), "family file change " + change.id() + " " + which);
		return change;
	}

	/** A supervisor's decision on a change that waits for one. */
	@Transactional
	Change decide(String supervisor, long id, Object approve, Object note) {
		List<Violation> violations = new ArrayList<>();
		if (!(approve instanceof Boolean)) {
			violations.add(new Violation("approve", "حدد الاعتماد أو الرفض (true أو false)", "approve must be true or false"));
		}
		String why = EdgeChecks.text("note", "ملاحظة المشرف", note, 250, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Change change = find(id).filter(c -> "AWAITING_SUPERVISOR".equals(c.status()))
			.orElseThrow(() -> InvalidInputException.of("id", "لا يوجد تغيير بانتظار الاعتماد بهذا الرقم",
					"no change awaits a decision under this id"));
		String status = (Boolean) approve ? "APPROVED" : "REJECTED";
		jdbc.sql("""
				UPDATE family_change SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE id = ? AND status = 'AWAITING_SUPERVISOR'""")
			.params(status, supervisor, Timestamp.from(clock.instant()), why, id)
			.update();
		audit.record(supervisor, AuditTrail.Action.CHANGE, change.fileNumber(), "family file change " + id + " " + status);
		return find(id).orElseThrow();
	}

	List<Change> of(String nationalId) {
		return jdbc.sql("SELECT * FROM family_change WHERE national_id = ? ORDER BY requested_at, id")
			.param(nationalId)
			.query(FamilyChanges::change)
			.list();
	}

	private Optional<Change> find(long id) {
		return jdbc.sql("SELECT * FROM family_change WHERE id = ?").param(id).query(FamilyChanges::change).optional();
	}

	/** Household size 1–30, income 0–1,000,000 with at most 2 decimals; contact data is checked by the correction. */
	private static String eligibilityValue(String field, Object value, List<Violation> violations) {
		if ("householdSize".equals(field)) {
			BigDecimal size = EdgeChecks.number("value", "عدد أفراد الأسرة", value, BigDecimal.ONE, BigDecimal.valueOf(30), 0,
					violations);
			return size == null ? missing(violations) : size.stripTrailingZeros().toPlainString();
		}
		if ("monthlyIncome".equals(field)) {
			BigDecimal income = EdgeChecks.number("value", "الدخل الشهري", value, BigDecimal.ZERO,
					BigDecimal.valueOf(1_000_000), 2, violations);
			return income == null ? missing(violations) : income.stripTrailingZeros().toPlainString();
		}
		if (field != null && (value == null || value.toString().isBlank())) {
			violations.add(new Violation("value", "اكتب القيمة الجديدة", "value is required"));
		}
		return null;
	}

	private static String missing(List<Violation> violations) {
		if (violations.stream().noneMatch(v -> v.field().equals("value"))) {
			violations.add(new Violation("value", "اكتب القيمة الجديدة", "value is required"));
		}
		return null;
	}

	private Change insert(Target target, String field, String value, String reason, String user, String status) {
		KeyHolder key = new GeneratedKeyHolder();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO family_change (national_id, file_number, field, new_value, reason, requested_by, requested_at, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(target.nationalId(), target.fileNumber(), field, value, reason, user, Timestamp.from(now), status)
			.update(key, "id");
		return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	private static Change change(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Change(rs.getLong("id"), rs.getString("national_id"), rs.getString("file_number"), rs.getString("field"),
				rs.getString("new_value"), rs.getString("reason"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("status"), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_note"));
	}

}
