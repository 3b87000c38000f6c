package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.intake.ApplicantDetails;
import sa.org.hayaniyah.masar.intake.SupportType;

class ApplicantDataVerifierTest {

	private static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 25);

	private final ApplicantDataVerifier verifier = new ApplicantDataVerifier();

	/** A copy the test may change: the applicant every engine test uses. */
	private static Map<String, Object> validForm() {
		return TestApplicants.applicantData("1000000008");
	}

	private VerificationReport verify(Map<String, Object> form) {
		return this.verifier.verify(form, SUBMITTED, Optional.empty());
	}

	private static Check check(VerificationReport report, String rule) {
		return report.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
	}

	private static void assertOnlyRuleFailing(VerificationReport report, String rule) {
		assertThat(report.checks()).filteredOn(c -> !c.passed()).extracting(Check::rule).containsExactly(rule);
		assertThat(report.complete()).isFalse();
		assertThat(report.details()).isNull();
		assertThat(report.arabicSummary()).isEqualTo("• " + check(report, rule).message());
	}

	@Test
	void completeValidFormPassesEveryRule() {
		VerificationReport report = verify(validForm());

		assertThat(report.checks()).extracting(Check::rule)
			.containsExactly("REQUIRED_FIELDS", "NATIONAL_ID", "MOBILE", "DATE_OF_BIRTH", "HOUSEHOLD", "SUPPORT_TYPE",
					"NO_OTHER_OPEN_REQUEST");
		assertThat(report.checks()).allSatisfy(c -> {
			assertThat(c.passed()).isTrue();
			assertThat(c.message()).isEqualTo("ناجح");
		});
		assertThat(report.complete()).isTrue();
		assertThat(report.arabicSummary()).isNull();
	}

	@Test
	void completeValidFormYieldsApplicantDetailsWithNormalisedMobile() {
		ApplicantDetails details = verify(validForm()).details();

		assertThat(details).isNotNull();
		assertThat(details.nationalId()).isEqualTo("1000000008");
		assertThat(details.applicantName()).isEqualTo("محمد عبدالله سعيد الحياني");
		assertThat(details.mobile()).isEqualTo("+966551234567");
		assertThat(details.supportType()).isEqualTo(SupportType.FOOD_BASKET);
		assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 12));
		assertThat(details.nationality()).isEqualTo("SAUDI");
		assertThat(details.city()).isEqualTo("الحيانية");
		assertThat(details.district()).isEqualTo("حي النخيل");
		assertThat(details.address()).isEqualTo("شارع الملك فهد، بجوار المسجد الجامع");
		assertThat(details.householdSize()).isEqualTo(6);
		assertThat(details.monthlyIncome()).isEqualByComparingTo("2500");
	}

	@Test
	void missingFieldIsNamedInArabic() {
		Map<String, Object> form = validForm();
		form.remove("city");

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "REQUIRED_FIELDS");
		assertThat(check(report, "REQUIRED_FIELDS").message()).isEqualTo("بيانات ناقصة: المدينة");
	}

	@Test
	void blankFieldCountsAsMissing() {
		Map<String, Object> form = validForm();
		form.put("district", "   ");

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "REQUIRED_FIELDS");
		assertThat(check(report, "REQUIRED_FIELDS").message()).isEqualTo("بيانات ناقصة: الحي");
	}

	@Test
	void everyMissingFieldIsListedInFormOrder() {
		Map<String, Object> form = validForm();
		form.remove("district");
		form.remove("nationality");
		form.remove("city");

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "REQUIRED_FIELDS");
		assertThat(check(report, "REQUIRED_FIELDS").message()).isEqualTo("بيانات ناقصة: الجنسية، المدينة، الحي");
	}

	@Test
	void emptyFormFailsEveryRuleAboutItsData() {
		VerificationReport report = verify(new HashMap<>());

		assertThat(check(report, "REQUIRED_FIELDS").message()).contains("اسم المتقدم", "رقم الهوية", "تاريخ الميلاد",
				"الجنسية", "رقم الجوال", "المدينة", "الحي", "نوع الدعم", "عدد أفراد الأسرة", "دخل الأسرة الشهري");
		assertThat(report.checks()).filteredOn(c -> !c.passed())
			.extracting(Check::rule)
			.containsExactly("REQUIRED_FIELDS", "NATIONAL_ID", "MOBILE", "DATE_OF_BIRTH", "HOUSEHOLD", "SUPPORT_TYPE");
		assertThat(report.arabicSummary().lines()).hasSize(6).allSatisfy(line -> assertThat(line).startsWith("• "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000009", "3000000004", "100000008" })
	void nationalIdMustBeValid(String nationalId) {
		Map<String, Object> form = validForm();
		form.put("nationalId", nationalId);

		assertOnlyRuleFailing(verify(form), "NATIONAL_ID");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112345678", "055123456", "05512345678", "mobile" })
	void mobileMustBeASaudiMobileNumber(String mobile) {
		Map<String, Object> form = validForm();
		form.put("mobile", mobile);

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "MOBILE");
		assertThat(check(report, "MOBILE").message()).isEqualTo("رقم الجوال غير صحيح");
	}

	@Test
	void mobileInArabicIndicDigitsIsAccepted() {
		Map<String, Object> form = validForm();
		form.put("mobile", "٠٥٥١٢٣٤٥٦٧");

		assertThat(verify(form).details().mobile()).isEqualTo("+966551234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-26", "2027-01-01", "1906-11-25", "1900-01-01", "12/04/1980" })
	void dateOfBirthMustBeValidOnTheSubmissionDate(String dateOfBirth) {
		Map<String, Object> form = validForm();
		form.put("dateOfBirth", dateOfBirth);

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "DATE_OF_BIRTH");
		assertThat(check(report, "DATE_OF_BIRTH").message()).isEqualTo("تاريخ الميلاد غير صحيح في تاريخ تقديم الطلب");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-25", "1906-11-26" })
	void dateOfBirthOnTheSubmissionDayOrJustUnder120YearsBeforeIsAccepted(String dateOfBirth) {
		Map<String, Object> form = validForm();
		form.put("dateOfBirth", dateOfBirth);

		assertThat(verify(form).complete()).isTrue();
	}

	@Test
	void dateOfBirthIsJudgedAgainstTheSubmissionDateNotToday() {
		Map<String, Object> form = validForm();
		form.put("dateOfBirth", "2026-11-26");

		assertThat(this.verifier.verify(form, LocalDate.of(2026, 11, 26), Optional.empty()).complete()).isTrue();
		assertThat(this.verifier.verify(form, LocalDate.of(2026, 11, 25), Optional.empty()).complete()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "41", "2.5", "-3", "six" })
	void householdSizeMustBeAWholeNumberFromOneToForty(String householdSize) {
		Map<String, Object> form = validForm();
		form.put("householdSize", householdSize);

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "HOUSEHOLD");
		assertThat(check(report, "HOUSEHOLD").message()).isEqualTo("عدد أفراد الأسرة أو الدخل الشهري غير صحيح");
	}

	@Test
	void householdSizeAsNumbersFromTheForm() {
		Map<String, Object> form = validForm();

		form.put("householdSize", 0L);
		assertOnlyRuleFailing(verify(form), "HOUSEHOLD");
		form.put("householdSize", 41L);
		assertOnlyRuleFailing(verify(form), "HOUSEHOLD");
		form.put("householdSize", 2.5);
		assertOnlyRuleFailing(verify(form), "HOUSEHOLD");

		form.put("householdSize", 1L);
		assertThat(verify(form).complete()).isTrue();
		form.put("householdSize", 40L);
		assertThat(verify(form).complete()).isTrue();
		form.put("householdSize", 6.0);
		assertThat(verify(form).details().householdSize()).isEqualTo(6);
	}

	@Test
	void monthlyIncomeMustNotBeNegative() {
		Map<String, Object> form = validForm();
		form.put("monthlyIncome", -1.0);

		assertOnlyRuleFailing(verify(form), "HOUSEHOLD");
	}

	@Test
	void monthlyIncomeMustBeANumber() {
		Map<String, Object> form = validForm();
		form.put("monthlyIncome", "ألفان");

		assertOnlyRuleFailing(verify(form), "HOUSEHOLD");
	}

	@Test
	void noIncomeIsAccepted() {
		Map<String, Object> form = validForm();
		form.put("monthlyIncome", 0L);

		assertThat(verify(form).details().monthlyIncome()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GOLD_BARS", "food_basket", "سلة غذائية" })
	void supportTypeMustBeKnown(String supportType) {
		Map<String, Object> form = validForm();
		form.put("supportType", supportType);

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "SUPPORT_TYPE");
		assertThat(check(report, "SUPPORT_TYPE").message()).isEqualTo("نوع الدعم غير معروف");
	}

	@Test
	void anotherOpenRequestForTheSameNationalIdIsNamed() {
		VerificationReport report = this.verifier.verify(validForm(), SUBMITTED, Optional.of("HY-1448-000001"));

		assertOnlyRuleFailing(report, "NO_OTHER_OPEN_REQUEST");
		assertThat(check(report, "NO_OTHER_OPEN_REQUEST").message()).contains("HY-1448-000001");
		assertThat(report.arabicSummary()).contains("HY-1448-000001");
	}

	@Test
	void summaryListsEveryFailedRuleOnItsOwnLine() {
		Map<String, Object> form = validForm();
		form.put("nationalId", "1000000009");
		form.put("supportType", "GOLD_BARS");

		VerificationReport report = verify(form);

		assertThat(report.arabicSummary()).isEqualTo("• " + check(report, "NATIONAL_ID").message() + "\n• "
				+ check(report, "SUPPORT_TYPE").message());
	}

}
