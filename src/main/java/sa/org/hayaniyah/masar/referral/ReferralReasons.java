package sa.org.hayaniyah.masar.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.ReportFigures;

/**
 * The list of referral reasons and the referrals that carry them.
 */
@Service
public class ReferralReasons {

	public record Reason(String code, String label, boolean active) {
	}

	public record Recurring(String code, String label, int referrals) {
	}

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralReasons(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Reason> all() {
		return jdbc.sql("SELECT code, label, active FROM referral_reason ORDER BY active DESC, label")
			.query((rs, i) -> new Reason(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/** The active reasons as options of a form's select. */
	public List<Map<String, String>> options() {
		return all().stream().filter(Reason::active).map(r -> Map.of("label", r.label(), "value", r.code())).toList();
	}

	/** Records a referral of a request or an inquiry; the reason must be one of the active ones. */
	public void record(Long requestId, Long inquiryId, Object reason, String field, String referredBy) {
		String code = FormValues.text(reason);
		boolean active = code != null && jdbc.sql("SELECT COUNT(*) FROM referral_reason WHERE code = ? AND active = TRUE")
			.param(code)
			.query(Integer.class)
			.single() > 0;
		if (!active) {
			throw InvalidInputException.of(field, "اختر سبب الإحالة إلى الباحث الاجتماعي من القائمة",
					field + " must be an active referral reason code");
		}
		jdbc.sql("INSERT INTO referral (request_id, inquiry_id, reason_code, referred_by, referred_at) VALUES (?, ?, ?, ?, ?)")
			.params(requestId, inquiryId, code, referredBy, Timestamp.from(clock.instant()))
			.update();
	}

	void add(String code, String label, String createdBy) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "رمز السبب بالإنجليزية بأحرف كبيرة، مثل REQUIRED_DOCUMENTS",
					"code must be upper-case letters, digits or _ (2 to 30), such as REQUIRED_DOCUMENTS"));
		}
		if (label == null || label.isBlank() || label.length() > 200) {
			violations.add(new Violation("label", "وصف السبب بالعربية مطلوب (حتى 200 حرف)", "label is required (up to 200 characters)"));
		}
		if (violations.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM referral_reason WHERE code = ?").param(code)
			.query(Integer.class).single() > 0) {
			violations.add(new Violation("code", "يوجد سبب بهذا الرمز من قبل", "a reason with this code exists"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		jdbc.sql("INSERT INTO referral_reason (code, label, created_by, created_at) VALUES (?, ?, ?, ?)")
			.params(code, label.strip(), createdBy, Timestamp.from(clock.instant()))
			.update();
	}

	/** Retired reasons stay on past referrals and in reports; they are no longer offered. */
	boolean deactivate(String code) {
		return jdbc.sql("UPDATE referral_reason SET active = FALSE WHERE code = ?").param(code).update() == 1;
	}

	/** The recurring reasons in a period, most frequent first. */
	public List<Recurring> recurring(LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("""
				SELECT r.code, r.label, COUNT(f.id) FROM referral f JOIN referral_reason r ON r.code = f.reason_code
				WHERE f.referred_at >= ? AND f.referred_at < ?
				GROUP BY r.code, r.label ORDER BY COUNT(f.id) DESC, r.code""")
			.params(ReportFigures.dayStart(from), ReportFigures.dayStart(toExclusive))
			.query((rs, i) -> new Recurring(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

}
