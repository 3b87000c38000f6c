package sa.org.hayaniyah.masar.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.intake.IntakeValidation;

/**
 * The support request (T4) as the applicant types it on the website: the person, the household, the support asked
 * for, the declaration (R4) and consent. Checked here field by field so the page can show each Arabic message beside
 * its field; intake checks the same fields again when the journey starts.
 */
record Application(String nationalId, String applicantName, String mobile, String supportType, String city,
		String district, String address, Integer householdSize, BigDecimal monthlyIncome, List<Member> householdMembers,
		String requestSummary, Boolean declarationAccepted, Boolean consentGiven) {

	record Member(String name, String relation, String nationalId, Integer age, BigDecimal monthlyIncome) {
	}

	static final Map<String, String> RELATIONS = Map.of("SPOUSE", "زوج أو زوجة", "SON", "ابن", "DAUGHTER", "ابنة", "FATHER",
			"أب", "MOTHER", "أم", "BROTHER", "أخ", "SISTER", "أخت", "OTHER", "أخرى");

	static final Set<String> SUPPORT_TYPES = Set.of("FOOD_BASKET", "CASH_ASSISTANCE", "RENT_ASSISTANCE", "MEDICAL_ASSISTANCE",
			"HOUSEHOLD_FURNITURE", "SEASONAL_PROGRAM");

	static final int MAX_MEMBERS = 15;

	/** Every mistake, each under the field the page shows it beside. */
	List<Violation> violations() {
		List<Violation> v = new ArrayList<>();
		if (IntakeValidation.nationalId(nationalId, v) == null && v.stream().noneMatch(x -> x.field().equals("nationalId"))) {
			v.add(new Violation("nationalId", "رقم الهوية مطلوب", "national ID is required"));
		}
		String name = EdgeChecks.text("applicantName", "الاسم", applicantName, 200, v);
		if ((name == null || name.length() < 3) && v.stream().noneMatch(x -> x.field().equals("applicantName"))) {
			v.add(new Violation("applicantName", "اكتب الاسم كاملًا", "applicant name is required (3 to 200 characters)"));
		}
		if (IntakeValidation.mobile(mobile, v) == null && v.stream().noneMatch(x -> x.field().equals("mobile"))) {
			v.add(new Violation("mobile", "رقم الجوال مطلوب، مثال: 0512345678", "mobile is required"));
		}
		if (supportType == null || !SUPPORT_TYPES.contains(supportType)) {
			v.add(new Violation("supportType", "اختر نوع الدعم المطلوب", "supportType is missing or unknown"));
		}
		if (EdgeChecks.text("city", "المدينة", city, 100, v) == null && v.stream().noneMatch(x -> x.field().equals("city"))) {
			v.add(new Violation("city", "اكتب المدينة", "city is required"));
		}
		EdgeChecks.text("district", "الحي", district, 100, v);
		EdgeChecks.text("address", "العنوان", address, 300, v);
		if (householdSize == null || householdSize < 1 || householdSize > 30) {
			v.add(new Violation("householdSize", "عدد أفراد الأسرة من 1 إلى 30", "householdSize must be 1 to 30"));
		}
		if (monthlyIncome != null && (monthlyIncome.signum() < 0 || monthlyIncome.compareTo(BigDecimal.valueOf(1_000_000)) > 0
				|| monthlyIncome.scale() > 2)) {
			v.add(new Violation("monthlyIncome", "الدخل الشهري رقم من 0 إلى 1000000", "monthlyIncome must be 0 to 1,000,000"));
		}
		List<Member> members = householdMembers == null ? List.of() : householdMembers;
		if (members.size() > MAX_MEMBERS) {
			v.add(new Violation("householdMembers", "أفراد الأسرة " + MAX_MEMBERS + " على الأكثر", "at most 15 members"));
		}
		else {
			for (int i = 0; i < members.size(); i++) {
				member(i, members.get(i), v);
			}
		}
		EdgeChecks.text("requestSummary", "وصف الحاجة", requestSummary, 2000, v);
		if (!Boolean.TRUE.equals(declarationAccepted)) {
			v.add(new Violation("declarationAccepted", "لا يُقبل الطلب دون الإقرار بصحة البيانات والمستندات",
					"the declaration (R4) must be accepted"));
		}
		if (!Boolean.TRUE.equals(consentGiven)) {
			v.add(new Violation("consentGiven", "لا يُقبل الطلب دون موافقتك على استخدام بياناتك لدراسة طلبك وتقديم الخدمة",
					"consentGiven must be true"));
		}
		return v;
	}

	private static void member(int i, Member m, List<Violation> v) {
		String prefix = "householdMembers[" + i + "].";
		if (m == null) {
			v.add(new Violation(prefix + "name", "بيانات الفرد ناقصة", "member is empty"));
			return;
		}
		String name = EdgeChecks.text(prefix + "name", "اسم الفرد", m.name(), 200, v);
		if (name == null || name.length() < 3) {
			v.add(new Violation(prefix + "name", "اكتب اسم الفرد", "member name is required"));
		}
		if (m.relation() == null || !RELATIONS.containsKey(m.relation())) {
			v.add(new Violation(prefix + "relation", "اختر صلة القرابة", "relation is missing or unknown"));
		}
		List<Violation> id = new ArrayList<>();
		IntakeValidation.nationalId(m.nationalId(), id);
		id.forEach(x -> v.add(new Violation(prefix + "nationalId", x.arabic(), x.english())));
		if (m.age() == null || m.age() < 0 || m.age() > 120) {
			v.add(new Violation(prefix + "age", "العمر من 0 إلى 120", "age must be 0 to 120"));
		}
		if (m.monthlyIncome() != null && (m.monthlyIncome().signum() < 0
				|| m.monthlyIncome().compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
			v.add(new Violation(prefix + "monthlyIncome", "الدخل رقم من 0 إلى 1000000", "income must be 0 to 1,000,000"));
		}
	}

}
