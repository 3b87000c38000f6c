package sa.org.hayaniyah.masar.verification;

import static sa.org.hayaniyah.masar.common.FormValues.decimal;
import static sa.org.hayaniyah.masar.common.FormValues.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.SaudiMobile;
import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.intake.ApplicantDetails;
import sa.org.hayaniyah.masar.intake.HouseholdMember;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * R2: the support request form has every required field and document, and its data is valid on the submission
 * date. A rule that fails says whether staff must correct something (INVALID) or the applicant must supply it
 * (MISSING). Plain Java: the facts it needs come through {@link VerificationFacts}, so the rules are tested without
 * the engine.
 */
class ApplicantDataVerifier {

	static final Map<String, String> REQUIRED = new LinkedHashMap<>();

	static {
		REQUIRED.put("firstName", "الاسم الأول");
		REQUIRED.put("fatherName", "اسم الأب");
		REQUIRED.put("grandfatherName", "اسم الجد");
		REQUIRED.put("familyName", "اسم العائلة");
		REQUIRED.put("nationalId", "رقم الهوية");
		REQUIRED.put("idExpiryDate", "تاريخ انتهاء الهوية");
		REQUIRED.put("dateOfBirth", "تاريخ الميلاد");
		REQUIRED.put("nationality", "الجنسية");
		REQUIRED.put("mobile", "رقم الجوال");
		REQUIRED.put("city", "المدينة");
		REQUIRED.put("district", "الحي");
		REQUIRED.put("supportType", "نوع الدعم");
		REQUIRED.put("householdSize", "عدد أفراد الأسرة");
		REQUIRED.put("monthlyIncome", "دخل الأسرة الشهري");
	}

	static final Set<String> RELATIONS = Set.of("SPOUSE", "SON", "DAUGHTER", "FATHER", "MOTHER", "BROTHER", "SISTER", "OTHER");

	static final String IBAN_DOCUMENT = "BANK_IBAN_CERTIFICATE";

	static final int SHOWN_DUPLICATES = 5;

	/**
	 * @param form the form's values as the engine holds them
	 * @param submissionDate the day the request was submitted: data must be valid on that day
	 */
	public VerificationReport verify(Map<String, Object> form, LocalDate submissionDate, VerificationFacts facts) {
		List<Check> checks = new ArrayList<>();
		// values no column can hold (too long, out of range, control characters): back to reception, never an incident
		// (household size and the ID's expiry have their own checks below)
		List<String> unfit = ApplicantFormRules.violations(form)
			.stream()
			.filter(v -> !v.field().equals("householdSize") && !v.field().equals("idExpiryDate"))
			.filter(v -> !v.field().equals("monthlyIncome") || decimal(form.get("monthlyIncome")) != null
					&& decimal(form.get("monthlyIncome")).signum() >= 0)
			.map(v -> v.arabic())
			.distinct()
			.toList();
		if (!unfit.isEmpty()) {
			checks.add(Check.invalid("FORM_VALUES", String.join("؛ ", unfit)));
		}
		List<String> missing = REQUIRED.entrySet()
			.stream()
			.filter(e -> text(form.get(e.getKey())) == null)
			.map(Map.Entry::getValue)
			.toList();
		checks.add(missing.isEmpty() ? Check.passed("REQUIRED_FIELDS")
				: Check.missing("REQUIRED_FIELDS", "بيانات ناقصة: " + String.join("، ", missing)));

		Optional<String> nationalId = SaudiNationalId.normalise(text(form.get("nationalId")));
		checks.add(nationalId.isPresent() || text(form.get("nationalId")) == null ? Check.passed("NATIONAL_ID")
				: Check.invalid("NATIONAL_ID", "رقم الهوية غير صحيح (عشرة أرقام تبدأ بـ 1 للمواطن أو 2 للمقيم برقم تحقق صحيح)"));

		LocalDate idExpiry = IdExpiryDate.parse(text(form.get("idExpiryDate"))).orElse(null);
		checks.add(idExpiryCheck(text(form.get("idExpiryDate")), idExpiry, submissionDate));

		Optional<String> mobile = SaudiMobile.normalise(text(form.get("mobile")));
		checks.add(mobile.isPresent() || text(form.get("mobile")) == null ? Check.passed("MOBILE")
				: Check.invalid("MOBILE", "رقم الجوال غير صحيح (رقم جوال سعودي مثل 0512345678)"));

		// typed year first in the calendar chosen on the form (Hijri or Gregorian), as the ID expiry date is
		// year first only: a day-first date is ambiguous and never read
		String birthText = text(form.get("dateOfBirth"));
		LocalDate dateOfBirth = birthText != null && birthText.matches("\\d{4}[-/]\\d{2}[-/]\\d{2}")
				? IdExpiryDate.parse(birthText).orElse(null) : null;
		boolean birthValid = dateOfBirth != null && !dateOfBirth.isAfter(submissionDate)
				&& dateOfBirth.isAfter(submissionDate.minusYears(120));
		checks.add(birthValid || text(form.get("dateOfBirth")) == null ? Check.passed("DATE_OF_BIRTH")
				: Check.invalid("DATE_OF_BIRTH", "تاريخ الميلاد غير صحيح في تاريخ تقديم الطلب"));

		Integer householdSize = integer(form.get("householdSize"));
		BigDecimal income = decimal(form.get("monthlyIncome"));
		List<String> householdProblems = new ArrayList<>();
		List<HouseholdMember> members = members(form.get("householdMembers"), householdProblems);
		if (householdSize != null && (householdSize < 1 || householdSize > 40)) {
			householdProblems.add("عدد أفراد الأسرة يجب أن يكون بين 1 و40");
		}
		if (income != null && income.signum() < 0) {
			householdProblems.add("دخل الأسرة الشهري لا يكون سالبًا");
		}
		if (householdSize != null && !members.isEmpty() && members.size() + 1 != householdSize) {
			householdProblems.add("عدد أفراد الأسرة (" + householdSize + ") لا يطابق قائمة الأفراد (" + members.size()
					+ " مع المتقدم)");
		}
		if ((householdSize == null && text(form.get("householdSize")) != null)
				|| (income == null && text(form.get("monthlyIncome")) != null)) {
			householdProblems.add("عدد أفراد الأسرة والدخل يُكتبان أرقامًا");
		}
		checks.add(householdProblems.isEmpty() ? Check.passed("HOUSEHOLD")
				: Check.invalid("HOUSEHOLD", String.join("؛ ", householdProblems)));

		SupportType supportType = FormValues.enumValue(SupportType.class, form.get("supportType"));
		checks.add(supportType != null || text(form.get("supportType")) == null ? Check.passed("SUPPORT_TYPE")
				: Check.invalid("SUPPORT_TYPE", "نوع الدعم غير معروف"));

		List<RequiredDocument> required = supportType == null ? List.of() : facts.requiredDocuments(supportType);
		List<String> received = FormValues.textList(form.get("documentsReceived"));
		List<String> missingDocuments = required.stream()
			.filter(d -> !received.contains(d.code()))
			.map(RequiredDocument::arabicName)
			.toList();
		checks.add(missingDocuments.isEmpty() ? Check.passed("REQUIRED_DOCUMENTS")
				: Check.missing("REQUIRED_DOCUMENTS", "مستندات ناقصة: " + String.join("، ", missingDocuments)));

		String iban = null;
		if (required.stream().anyMatch(d -> IBAN_DOCUMENT.equals(d.code()))) {
			String rawIban = text(form.get("iban"));
			iban = SaudiIban.normalise(rawIban).orElse(null);
			checks.add(rawIban == null ? Check.missing("IBAN", "رقم الحساب البنكي (الآيبان) مطلوب لهذا النوع من الدعم")
					: iban != null ? Check.passed("IBAN")
							: Check.invalid("IBAN", "رقم الآيبان غير صحيح (SA متبوعًا بـ 22 رقمًا، ويُتحقق منه بخوارزمية mod-97)"));
		}

		Optional<String> otherOpen = nationalId.flatMap(facts::otherOpenRequest);
		checks.add(otherOpen.isEmpty() ? Check.passed("NO_OTHER_OPEN_REQUEST")
				: Check.invalid("NO_OTHER_OPEN_REQUEST", "يوجد طلب مفتوح آخر لرقم الهوية نفسه: " + otherOpen.get()));

		String normalisedName = ArabicNames.normalise(String.join(" ", Stream.of("firstName", "fatherName", "grandfatherName",
				"familyName").map(key -> text(form.get(key))).filter(Objects::nonNull).toList()));
		if (nationalId.isPresent() && dateOfBirth != null && mobile.isPresent()) {
			List<String> duplicates = facts.possibleDuplicates(nationalId.get(), normalisedName, dateOfBirth, mobile.get());
			checks.add(duplicates.isEmpty() ? Check.passed("POSSIBLE_DUPLICATE")
					: Check.warning("POSSIBLE_DUPLICATE", "تشابه مع سجلات أخرى (الاسم وتاريخ الميلاد أو الجوال): "
							+ firstFew(duplicates) + " — تحقق من أنه ليس الشخص نفسه"));
		}

		boolean complete = checks.stream().allMatch(Check::passed);
		ApplicantDetails details = complete ? new ApplicantDetails(nationalId.get(), text(form.get("firstName")),
				text(form.get("fatherName")), text(form.get("grandfatherName")), text(form.get("familyName")), normalisedName,
				mobile.get(), supportType, dateOfBirth, idExpiry, text(form.get("nationality")), text(form.get("city")),
				text(form.get("district")), text(form.get("address")), householdSize, income, iban, members) : null;
		return new VerificationReport(checks, details);
	}

	/** Names the first few matches and counts the rest, so a crowd of look-alikes makes a short warning. */
	static String firstFew(List<String> references) {
		String named = String.join("، ", references.subList(0, Math.min(references.size(), SHOWN_DUPLICATES)));
		int rest = references.size() - SHOWN_DUPLICATES;
		return rest > 0 ? named + " و" + rest + " سجلًا آخر" : named;
	}

	private static Check idExpiryCheck(String raw, LocalDate expiry, LocalDate submissionDate) {
		if (raw == null) {
			return Check.passed("ID_EXPIRY");
		}
		if (expiry == null) {
			return Check.invalid("ID_EXPIRY", "تاريخ انتهاء الهوية غير صحيح (هجري مثل 1450/03/12 أو ميلادي مثل 2028-09-01)");
		}
		if (expiry.isBefore(submissionDate)) {
			return Check.missing("ID_EXPIRY", "الهوية منتهية في تاريخ تقديم الطلب: يلزم إحضار هوية سارية");
		}
		return Check.passed("ID_EXPIRY");
	}

	private static List<HouseholdMember> members(Object value, List<String> problems) {
		List<HouseholdMember> members = new ArrayList<>();
		int n = 0;
		for (Map<String, Object> row : FormValues.rows(value)) {
			n++;
			String name = text(row.get("memberName"));
			String relation = text(row.get("relation"));
			String rawId = text(row.get("memberNationalId"));
			Optional<String> id = SaudiNationalId.normalise(rawId);
			Integer age = integer(row.get("memberAge"));
			BigDecimal income = row.get("memberIncome") == null ? BigDecimal.ZERO : decimal(row.get("memberIncome"));
			List<String> rowProblems = new ArrayList<>();
			if (name == null) {
				rowProblems.add("الاسم مطلوب");
			}
			if (relation == null || !RELATIONS.contains(relation)) {
				rowProblems.add("صلة القرابة مطلوبة");
			}
			if (rawId != null && id.isEmpty()) {
				rowProblems.add("رقم الهوية غير صحيح");
			}
			if (age == null || age < 0 || age > 120) {
				rowProblems.add("العمر غير صحيح");
			}
			if (income == null || income.signum() < 0) {
				rowProblems.add("الدخل غير صحيح");
			}
			if (rowProblems.isEmpty()) {
				members.add(new HouseholdMember(name, relation, id.orElse(null), age, income));
			}
			else {
				problems.add("فرد الأسرة رقم " + n + (name == null ? "" : " (" + name + ")") + ": " + String.join("، ", rowProblems));
			}
		}
		return members;
	}

	private static Integer integer(Object value) {
		BigDecimal d = decimal(value);
		if (d == null || d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			return null;
		}
		return d.intValueExact();
	}

}
