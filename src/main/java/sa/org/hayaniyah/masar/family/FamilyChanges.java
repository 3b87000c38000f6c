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
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.intake.HouseholdAmendment;
import sa.org.hayaniyah.masar.intake.HouseholdMember;
import sa.org.hayaniyah.masar.intake.RecordedMember;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.labels.CodeLabels;
import sa.org.hayaniyah.masar.privacy.DataSubjectCorrection;
import sa.org.hayaniyah.masar.verification.Eligibility;
import sa.org.hayaniyah.masar.verification.EligibilityPreCheck;

/**
 * A registered family's data changed after registration, each change with its reason, who and when, kept in the
 * file's history. Contact data (mobile, address, district) is corrected at once in every module's records through
 * privacy's {@link DataSubjectCorrection}. A change that can affect eligibility (household size, monthly income, a
 * household member added, removed or corrected) waits for a supervisor; once approved it is written back to the
 * request the family was registered under (intake's {@link SupportRequests#amendHousehold}, intake owning the
 * household), the eligibility pre-check ({@link EligibilityPreCheck}, the decision table verification runs at intake)
 * is run again on the household it left, and its outcome is kept with the change: still eligible, or flagged for
 * review.
 */
@Service
class FamilyChanges {

	static final String MEMBER = "householdMember";

	/** The fields staff may change, with their Arabic names. */
	static final Map<String, String> FIELDS = Map.of("mobile", "رقم الجوال", "address", "العنوان", "district", "الحي",
			"householdSize", "عدد أفراد الأسرة", "monthlyIncome", "الدخل الشهري", MEMBER, "أفراد الأسرة");

	static final Map<String, String> STATUS = Map.of("APPLIED", "طُبّق", "AWAITING_SUPERVISOR", "بانتظار اعتماد المشرف",
			"APPROVED", "اعتمده المشرف", "REJECTED", "رفضه المشرف");

	static final Map<String, String> ACTIONS = Map.of("ADD", "إضافة فرد", "REMOVE", "حذف فرد", "CORRECT", "تصحيح بيانات فرد");

	/** The pre-check's outcomes after a change, as the file says them. */
	static final Map<String, String> ELIGIBILITY = Map.of("ELIGIBLE", "ما زالت الأسرة مستحقة", "NOT_ELIGIBLE",
			"لم تعد الأسرة مستحقة بحسب الفحص: تحتاج مراجعة", "COMMITTEE_JUDGEMENT", "تقدّر اللجنة الأهلية: تحتاج مراجعة");

	static final int MAX_MEMBER_NAME = 200;

	static final BigDecimal MAX_INCOME = BigDecimal.valueOf(1_000_000);

	/** What staff asked to change; {@code action}, {@code memberId} and {@code member} for a household member. */
	record Input(Object field, Object value, Object reason, Object action, Object memberId, Map<String, Object> member) {
	}

	/** A member as a change names them: the new data (added, corrected) or the data removed. */
	record Member(String name, String relation, String nationalId, Integer age, BigDecimal monthlyIncome) {

		HouseholdMember toIntake() {
			return new HouseholdMember(name, relation, nationalId, age, monthlyIncome);
		}

	}

	record Change(long id, String nationalId, String fileNumber, String field, String value, String reason,
			String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt, String note,
			String action, Long memberId, Member member, Long requestId, String eligibility, String eligibilityReason) {

		boolean affectsEligibility() {
			return affectsEligibility(field);
		}

		static boolean affectsEligibility(String field) {
			return "householdSize".equals(field) || "monthlyIncome".equals(field) || MEMBER.equals(field);
		}

		/** Approved, and the pre-check run again on the household it left says the family's eligibility needs review. */
		boolean needsReview() {
			return eligibility != null && !"ELIGIBLE".equals(eligibility);
		}

	}

	/** The file whose family changed: the request the change was asked on and the one the family was registered under. */
	record Target(String nationalId, String fileNumber, String reference, long registeredRequestId) {
	}

	private final JdbcClient jdbc;

	private final DataSubjectCorrection corrections;

	private final SupportRequests requests;

	private final EligibilityPreCheck eligibility;

	private final FamilyRecords records;

	private final CodeLabels labels;

	private final AuditTrail audit;

	private final Clock clock;

	FamilyChanges(JdbcClient jdbc, DataSubjectCorrection corrections, SupportRequests requests,
			EligibilityPreCheck eligibility, FamilyRecords records, CodeLabels labels, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.corrections = corrections;
		this.requests = requests;
		this.eligibility = eligibility;
		this.records = records;
		this.labels = labels;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a change; contact data is applied at once, the rest waits for a supervisor. */
	@Transactional
	Change request(String user, Target target, Input input) {
		List<Violation> violations = new ArrayList<>();
		String which = EdgeChecks.text("field", "الحقل", input.field(), 20, violations);
		if (violations.isEmpty() && (which == null || !FIELDS.containsKey(which))) {
			violations.add(new Violation("field",
					"الحقل غير قابل للتغيير: mobile أو address أو district أو householdSize أو monthlyIncome أو householdMember",
					"field must be one of mobile, address, district, householdSize, monthlyIncome, householdMember"));
		}
		String why = EdgeChecks.text("reason", "سبب التغيير", input.reason(), 250, violations);
		if (why == null || why.length() < 3) {
			violations.add(new Violation("reason", "اكتب سبب التغيير ومن طلبه", "reason is required (3 to 250 characters)"));
		}
		if (MEMBER.equals(which)) {
			return requestMemberChange(user, target, input, why, violations);
		}
		if (which != null && (input.action() != null || input.memberId() != null || input.member() != null)) {
			violations.add(new Violation("member", "بيانات الفرد تُرسل مع تغيير أفراد الأسرة فقط",
					"action, memberId and member belong to a householdMember change only"));
		}
		Object value = input.value();
		String text = eligibilityValue(which, value, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		boolean affectsEligibility = Change.affectsEligibility(which);
		if (!affectsEligibility) {
			// checked, normalised and set in every module's records; audited there as a correction
			corrections.correct(target.nationalId(), which, value, why);
			text = value.toString().strip();
		}
		Change change = insert(target, which, text, why, user, affectsEligibility ? "AWAITING_SUPERVISOR" : "APPLIED", null,
				null, null);
		audit.record(user, AuditTrail.Action.CHANGE, target.reference(), "family file change " + change.id() + " " + which);
		return change;
	}

	/** Adding, removing or correcting a household member: checked now against the registered household, then waits. */
	private Change requestMemberChange(String user, Target target, Input input, String why, List<Violation> violations) {
		String action = EdgeChecks.text("action", "نوع التغيير", input.action(), 10, violations);
		if (action == null || !ACTIONS.containsKey(action)) {
			violations.add(new Violation("action", "حدد نوع التغيير: ADD أو REMOVE أو CORRECT",
					"action must be ADD, REMOVE or CORRECT"));
			throw new InvalidInputException(violations);
		}
		if (input.value() != null) {
			violations.add(new Violation("value", "بيانات الفرد تُرسل في member لا في value", "a member change has no value"));
		}
		List<RecordedMember> household = requests.recordedMembers(target.registeredRequestId());
		RecordedMember named = null;
		if ("ADD".equals(action)) {
			if (input.memberId() != null) {
				violations.add(new Violation("memberId", "الفرد الجديد ليس له رقم بعد", "a member to add has no memberId"));
			}
		}
		else {
			named = namedMember(input.memberId(), household, violations);
		}
		if ("REMOVE".equals(action) && input.member() != null) {
			violations.add(new Violation("member", "يكفي رقم الفرد لحذفه", "a member to remove is named by memberId only"));
		}
		Member member = "REMOVE".equals(action) ? null : member(input.member(), violations);
		if (member != null && member.nationalId() != null) {
			if (member.nationalId().equals(target.nationalId())) {
				violations.add(new Violation("member.nationalId", "هوية المتقدم نفسه ليست فردًا من أفراد أسرته",
						"the applicant is not one of their household members"));
			}
			Long sameAs = named == null ? null : named.id();
			if (household.stream()
				.anyMatch(m -> member.nationalId().equals(m.member().nationalId()) && !Long.valueOf(m.id()).equals(sameAs))) {
				violations.add(new Violation("member.nationalId", "فرد بهذه الهوية مسجل في الأسرة",
						"a member with this national ID is already in the household"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Member recorded = member != null ? member : toMember(named.member());
		String summary = ACTIONS.get(action) + ": " + recorded.name() + " (" + labels.label("relation", recorded.relation())
				+ ")";
		Change change = insert(target, MEMBER, summary, why, user, "AWAITING_SUPERVISOR", action,
				named == null ? null : named.id(), recorded);
		audit.record(user, AuditTrail.Action.CHANGE, target.reference(),
				"family file change " + change.id() + " " + MEMBER + " " + action);
		return change;
	}

	private static RecordedMember namedMember(Object memberId, List<RecordedMember> household, List<Violation> violations) {
		BigDecimal id = EdgeChecks.number("memberId", "رقم الفرد", memberId, BigDecimal.ONE, BigDecimal.valueOf(Long.MAX_VALUE),
				0, violations);
		if (id == null) {
			if (violations.stream().noneMatch(v -> v.field().equals("memberId"))) {
				violations.add(new Violation("memberId", "حدد الفرد برقمه في قائمة أفراد الأسرة", "memberId is required"));
			}
			return null;
		}
		Optional<RecordedMember> found = household.stream().filter(m -> m.id() == id.longValue()).findFirst();
		if (found.isEmpty()) {
			violations.add(new Violation("memberId", "لا يوجد فرد بهذا الرقم في أسرة هذا الملف",
					"no member with this id in the family's registered household"));
		}
		return found.orElse(null);
	}

	/** A member's data as typed, checked as the support request form checks it. */
	private Member member(Map<String, Object> member, List<Violation> violations) {
		if (member == null) {
			violations.add(new Violation("member", "اكتب بيانات الفرد: الاسم وصلة القرابة والعمر", "member is required"));
			return null;
		}
		Set<String> known = Set.of("name", "relation", "nationalId", "age", "monthlyIncome");
		member.keySet()
			.stream()
			.filter(k -> !known.contains(k))
			.findFirst()
			.ifPresent(k -> violations.add(new Violation("member", "حقل غير معروف في بيانات الفرد",
					"member has an unknown field (name, relation, nationalId, age, monthlyIncome)")));
		int before = violations.size();
		String name = EdgeChecks.text("member.name", "اسم الفرد", member.get("name"), MAX_MEMBER_NAME, violations);
		if (name == null && violations.size() == before) {
			violations.add(new Violation("member.name", "اكتب اسم الفرد", "member.name is required"));
		}
		String relation = EdgeChecks.text("member.relation", "صلة القرابة", member.get("relation"), 20, violations);
		if (relation == null || !labels.all().getOrDefault("relation", Map.of()).containsKey(relation)) {
			violations.add(new Violation("member.relation", "اختر صلة القرابة من القائمة",
					"member.relation must be one of the form's relations"));
		}
		String rawId = EdgeChecks.text("member.nationalId", "هوية الفرد", member.get("nationalId"), 20, violations);
		Optional<String> nationalId = SaudiNationalId.normalise(rawId);
		if (rawId != null && nationalId.isEmpty()) {
			violations.add(new Violation("member.nationalId", "رقم هوية الفرد غير صحيح", "member.nationalId is not valid"));
		}
		BigDecimal age = EdgeChecks.number("member.age", "عمر الفرد", member.get("age"), BigDecimal.ZERO,
				BigDecimal.valueOf(120), 0, violations);
		if (age == null && violations.stream().noneMatch(v -> v.field().equals("member.age"))) {
			violations.add(new Violation("member.age", "اكتب عمر الفرد", "member.age is required"));
		}
		BigDecimal income = EdgeChecks.number("member.monthlyIncome", "دخل الفرد", member.get("monthlyIncome"),
				BigDecimal.ZERO, MAX_INCOME, 2, violations);
		if (violations.size() > before) {
			return null;
		}
		return new Member(name, relation, nationalId.orElse(null), age.intValueExact(),
				income == null ? BigDecimal.ZERO : income);
	}

	private static Member toMember(HouseholdMember m) {
		return new Member(m.name(), m.relation(), m.nationalId(), m.age(), m.monthlyIncome());
	}

	/**
	 * A supervisor's decision on a change that waits for one. Approved, it is written back to the registered household
	 * and the eligibility pre-check is run again on it; the outcome stays with the change. All in one transaction.
	 */
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
		boolean approved = (Boolean) approve;
		// two supervisors deciding at once: the second finds it decided (the row is taken for this decision)
		int taken = jdbc.sql("""
				UPDATE family_change SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE id = ? AND status = 'AWAITING_SUPERVISOR'""")
			.params(approved ? "APPROVED" : "REJECTED", supervisor, Timestamp.from(clock.instant()), why, id)
			.update();
		if (taken == 0) {
			throw InvalidInputException.of("id", "لا يوجد تغيير بانتظار الاعتماد بهذا الرقم",
					"no change awaits a decision under this id");
		}
		if (approved) {
			writeBack(change);
		}
		audit.record(supervisor, AuditTrail.Action.CHANGE, change.fileNumber(),
				"family file change " + id + " " + (approved ? "APPROVED" : "REJECTED"));
		return find(id).orElseThrow();
	}

	/** The approved change into intake's household, then the pre-check again, kept with the change. */
	private void writeBack(Change change) {
		long requestId = change.requestId() != null ? change.requestId()
				: records.registeredRequest(change.nationalId())
					.orElseThrow(() -> InvalidInputException.of("id", "لا يوجد طلب مسجل للأسرة يُكتب فيه التغيير",
							"the family has no registered request to write the change to"));
		HouseholdAmendment.Household household;
		try {
			household = requests.amendHousehold(requestId, amendment(change));
		}
		catch (IllegalArgumentException goneMeanwhile) {
			throw InvalidInputException.of("id", "تغيرت أسرة الملف منذ طلب التغيير: لم يعد الفرد فيها أو لم يعد الطلب قائمًا",
					"the registered household changed since: the member or the request is gone");
		}
		String city = records.filesOf(List.of(change.nationalId()))
			.stream()
			.map(FamilyRecords.File::city)
			.filter(c -> c != null && !c.isBlank())
			.findFirst()
			.orElse(household.city());
		Eligibility outcome = eligibility.of(household.supportType(), city == null ? "" : city,
				Math.max(1, household.householdSize()), household.monthlyIncome());
		jdbc.sql("UPDATE family_change SET applied_request_id = ?, eligibility = ?, eligibility_reason = ? WHERE id = ?")
			.params(requestId, outcome.outcome(), cut(outcome.reason(), 300), change.id())
			.update();
	}

	private static HouseholdAmendment amendment(Change c) {
		return switch (c.field()) {
			case "householdSize" -> new HouseholdAmendment.Size(Integer.parseInt(c.value()));
			case "monthlyIncome" -> new HouseholdAmendment.Income(new BigDecimal(c.value()));
			case MEMBER -> switch (c.action()) {
				case "ADD" -> new HouseholdAmendment.AddMember(c.member().toIntake());
				case "REMOVE" -> new HouseholdAmendment.RemoveMember(c.memberId());
				default -> new HouseholdAmendment.CorrectMember(c.memberId(), c.member().toIntake());
			};
			default -> throw new IllegalStateException("not a household change: " + c.field());
		};
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
			BigDecimal income = EdgeChecks.number("value", "الدخل الشهري", value, BigDecimal.ZERO, MAX_INCOME, 2, violations);
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

	private Change insert(Target target, String field, String value, String reason, String user, String status,
			String action, Long memberId, Member member) {
		KeyHolder key = new GeneratedKeyHolder();
		Instant now = clock.instant();
		boolean household = Change.affectsEligibility(field);
		jdbc.sql("""
				INSERT INTO family_change (national_id, file_number, field, new_value, reason, requested_by, requested_at, status,
				  member_action, member_id, member_name, member_relation, member_national_id, member_age, member_income,
				  applied_request_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(target.nationalId(), target.fileNumber(), field, value, reason, user, Timestamp.from(now), status, action,
					memberId, member == null ? null : member.name(), member == null ? null : member.relation(),
					member == null ? null : member.nationalId(), member == null ? null : member.age(),
					member == null ? null : member.monthlyIncome(), household ? target.registeredRequestId() : null)
			.update(key, "id");
		return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static Change change(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		String name = rs.getString("member_name");
		Member member = name == null ? null
				: new Member(name, rs.getString("member_relation"), rs.getString("member_national_id"),
						(Integer) rs.getObject("member_age", Integer.class), rs.getBigDecimal("member_income"));
		return new Change(rs.getLong("id"), rs.getString("national_id"), rs.getString("file_number"), rs.getString("field"),
				rs.getString("new_value"), rs.getString("reason"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("status"), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_note"), rs.getString("member_action"),
				(Long) rs.getObject("member_id", Long.class), member, (Long) rs.getObject("applied_request_id", Long.class),
				rs.getString("eligibility"), rs.getString("eligibility_reason"));
	}

}
