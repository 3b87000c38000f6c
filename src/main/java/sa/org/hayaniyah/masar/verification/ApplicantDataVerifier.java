package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static sa.org.hayaniyah.masar.common.FormValues.date;
import static sa.org.hayaniyah.masar.common.FormValues.decimal;
import static sa.org.hayaniyah.masar.common.FormValues.text;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.SaudiMobile;
import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.intake.ApplicantDetails;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * R2: the support request form has every required field and its data is valid on the submission date.
 * Plain Java, so the rules are tested without the engine.
 */
public class ApplicantDataVerifier {

	static final Map<String, String> REQUIRED = new LinkedHashMap<>();

	static {
		REQUIRED.put("applicantName", "اسم المتقدم");
		REQUIRED.put("nationalId", "رقم الهوية");
		REQUIRED.put("dateOfBirth", "تاريخ الميلاد");
		REQUIRED.put("nationality", "الجنسية");
		REQUIRED.put("mobile", "رقم الجوال");
		REQUIRED.put("city", "المدينة");
		REQUIRED.put("district", "الحي");
		REQUIRED.put("supportType", "نوع الدعم");
		REQUIRED.put("householdSize", "عدد أفراد الأسرة");
		REQUIRED.put("monthlyIncome", "دخل الأسرة الشهري");
	}

	/**
	 * @param form the form's values as the engine holds them
	 * @param submissionDate the day the request was submitted: data must be valid on that day
	 * @param otherOpenRequest the reference of another open request for the same national ID, if any
	 */
	public VerificationReport verify(Map<String, Object> form, LocalDate submissionDate, Optional<String> otherOpenRequest) {
		List<Check> checks = new ArrayList<>();
		List<String> missing = REQUIRED.entrySet()
			.stream()
			.filter(e -> text(form.get(e.getKey())) == null)
			.map(Map.Entry::getValue)
			.toList();
		checks.add(missing.isEmpty() ? Check.passed("REQUIRED_FIELDS")
				: Check.failed("REQUIRED_FIELDS", "بيانات ناقصة: " + String.join("، ", missing)));

		String nationalId = text(form.get("nationalId"));
		checks.add(SaudiNationalId.isValid(nationalId) ? Check.passed("NATIONAL_ID")
				: Check.failed("NATIONAL_ID", "رقم الهوية غير صحيح (عشرة أرقام تبدأ بـ 1 أو 2 برقم تحقق صحيح)"));

		Optional<String> mobile = SaudiMobile.normalise(text(form.get("mobile")));
		checks.add(mobile.isPresent() ? Check.passed("MOBILE") : Check.failed("MOBILE", "رقم الجوال غير صحيح"));

		LocalDate dateOfBirth = date(form.get("dateOfBirth"));
		boolean birthValid = dateOfBirth != null && !dateOfBirth.isAfter(submissionDate)
				&& dateOfBirth.isAfter(submissionDate.minusYears(120));
		checks.add(birthValid ? Check.passed("DATE_OF_BIRTH")
				: Check.failed("DATE_OF_BIRTH", "تاريخ الميلاد غير صحيح في تاريخ تقديم الطلب"));

		Integer householdSize = integer(form.get("householdSize"));
		BigDecimal income = decimal(form.get("monthlyIncome"));
		boolean householdValid = householdSize != null && householdSize >= 1 && householdSize <= 40 && income != null
				&& income.signum() >= 0;
		checks.add(householdValid ? Check.passed("HOUSEHOLD")
				: Check.failed("HOUSEHOLD", "عدد أفراد الأسرة أو الدخل الشهري غير صحيح"));

		SupportType supportType = FormValues.enumValue(SupportType.class, form.get("supportType"));
		checks.add(supportType != null ? Check.passed("SUPPORT_TYPE") : Check.failed("SUPPORT_TYPE", "نوع الدعم غير معروف"));

		checks.add(otherOpenRequest.isEmpty() ? Check.passed("NO_OTHER_OPEN_REQUEST")
				: Check.failed("NO_OTHER_OPEN_REQUEST", "يوجد طلب مفتوح آخر لرقم الهوية نفسه: " + otherOpenRequest.get()));

		boolean complete = checks.stream().allMatch(Check::passed);
		ApplicantDetails details = complete ? new ApplicantDetails(nationalId, text(form.get("applicantName")), mobile.get(),
				supportType, dateOfBirth, text(form.get("nationality")), text(form.get("city")), text(form.get("district")),
				text(form.get("address")), householdSize, income) : null;
		return new VerificationReport(checks, details);
	}

	private static Integer integer(Object value) {
		BigDecimal d = decimal(value);
		if (d == null || d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			return null;
		}
		return d.intValueExact();
	}

}
