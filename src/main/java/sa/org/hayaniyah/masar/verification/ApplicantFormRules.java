package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * The support request form's values fit what keeps them: each text its column, each number its range and type. Checked
 * when reception completes the form (a 400 at the field) and again by verification (back to reception), so no value
 * can make the verification job fail.
 */
final class ApplicantFormRules {

	/** Free-text fields and the width of their columns (support_request, V1 and V2). */
	static final Map<String, Integer> TEXT = new LinkedHashMap<>();

	static {
		TEXT.put("firstName", 60);
		TEXT.put("fatherName", 60);
		TEXT.put("grandfatherName", 60);
		TEXT.put("familyName", 60);
		TEXT.put("nationalId", 20);
		TEXT.put("mobile", 20);
		TEXT.put("nationality", 20);
		TEXT.put("city", 100);
		TEXT.put("district", 100);
		TEXT.put("address", 300);
		TEXT.put("iban", 40);
		TEXT.put("idExpiryDate", 20);
		TEXT.put("dateOfBirth", 30);
		TEXT.put("supportType", 40);
	}

	/** DECIMAL(12, 2) holds less than ten billion; a monthly income of ten million riyals is already a typing mistake. */
	static final BigDecimal MAX_INCOME = new BigDecimal("10000000");

	static final int MAX_MEMBERS = 40;

	private ApplicantFormRules() {
	}

	static List<Violation> violations(Map<String, Object> form) {
		List<Violation> violations = new ArrayList<>();
		TEXT.forEach((field, max) -> EdgeChecks.text(field, arabicName(field), form.get(field), max, violations));
		if (FormValues.text(form.get("idExpiryDate")) != null && violations.stream().noneMatch(v -> v.field().equals("idExpiryDate"))
				&& IdExpiryDate.parse(FormValues.text(form.get("idExpiryDate"))).isEmpty()) {
			violations.add(new Violation("idExpiryDate", "تاريخ انتهاء الهوية غير صحيح (هجري مثل 1450/03/12 أو ميلادي مثل 2028-09-01)",
					"idExpiryDate must be a real Hijri (1300-1600) or Gregorian date"));
		}
		EdgeChecks.number("householdSize", "عدد أفراد الأسرة", form.get("householdSize"), BigDecimal.ONE,
				BigDecimal.valueOf(MAX_MEMBERS), 0, violations);
		EdgeChecks.number("monthlyIncome", "دخل الأسرة الشهري", form.get("monthlyIncome"), BigDecimal.ZERO, MAX_INCOME, 2,
				violations);
		// a checkbox the next gateway reads (${clarificationNeeded == true}): anything but yes or no is refused here
		Object clarification = form.get("clarificationNeeded");
		if (clarification != null && !(clarification instanceof Boolean)) {
			violations.add(new Violation("clarificationNeeded", "قيمة «إحالة المتقدم إلى الباحث الاجتماعي» إما نعم أو لا",
					"clarificationNeeded must be a boolean"));
		}
		for (String code : FormValues.textList(form.get("documentsReceived"))) {
			if (FormValues.enumValue(DocumentType.class, code) == null) {
				violations.add(new Violation("documentsReceived", "نوع مستند غير معروف", "documentsReceived holds an unknown code"));
				break;
			}
		}
		List<Map<String, Object>> rows = FormValues.rows(form.get("householdMembers"));
		if (rows.size() > MAX_MEMBERS) {
			violations.add(new Violation("householdMembers", "أفراد الأسرة أكثر من " + MAX_MEMBERS,
					"householdMembers has more than " + MAX_MEMBERS + " rows"));
		}
		for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), MAX_MEMBERS))) {
			int before = violations.size();
			EdgeChecks.text("householdMembers", "اسم فرد الأسرة", row.get("memberName"), 200, violations);
			// relation, member ID and age are checked by verification itself (never stored when wrong)
			EdgeChecks.number("householdMembers", "دخل فرد الأسرة", row.get("memberIncome"), BigDecimal.ZERO, MAX_INCOME, 2,
					violations);
			if (violations.size() > before) {
				break;
			}
		}
		violations.addAll(EdgeChecks.variables(form).stream().filter(v -> !TEXT.containsKey(v.field())).toList());
		return violations;
	}

	private static String arabicName(String field) {
		return ApplicantDataVerifier.REQUIRED.getOrDefault(field, switch (field) {
			case "address" -> "العنوان";
			case "iban" -> "رقم الآيبان";
			default -> field;
		});
	}

}
