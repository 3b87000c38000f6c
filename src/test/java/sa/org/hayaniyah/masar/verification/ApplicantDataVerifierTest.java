package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.intake.ApplicantDetails;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * R2's rules without the engine: each rule with valid and invalid examples, and whether a failure sends the request
 * back to reception (INVALID) or asks the applicant (MISSING).
 */
class ApplicantDataVerifierTest {

	private static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 25);

	private static final List<RequiredDocument> BASIC_DOCUMENTS = List.of(
			new RequiredDocument("ID_COPY", "صورة الهوية الوطنية أو الإقامة"),
			new RequiredDocument("FAMILY_RECORD", "صورة سجل الأسرة"), new RequiredDocument("INCOME_PROOF", "إثبات الدخل"));

	private static final List<RequiredDocument> CASH_DOCUMENTS = List.of(
			new RequiredDocument("ID_COPY", "صورة الهوية الوطنية أو الإقامة"),
			new RequiredDocument("BANK_IBAN_CERTIFICATE", "شهادة رقم الحساب البنكي (الآيبان)"));

	/** Facts as a test states them. */
	record Facts(Optional<String> otherOpen, List<String> duplicates) implements VerificationFacts {

		static Facts none() {
			return new Facts(Optional.empty(), List.of());
		}

		@Override
		public Optional<String> otherOpenRequest(String nationalId) {
			return otherOpen;
		}

		@Override
		public List<RequiredDocument> requiredDocuments(SupportType supportType) {
			return supportType == SupportType.CASH_ASSISTANCE ? CASH_DOCUMENTS : BASIC_DOCUMENTS;
		}

		@Override
		public List<String> possibleDuplicates(String nationalId, String normalisedName, LocalDate dateOfBirth,
				String mobile) {
			return duplicates;
		}

	}

	private final ApplicantDataVerifier verifier = new ApplicantDataVerifier();

	/** A copy the test may change: the applicant every engine test uses. */
	private static Map<String, Object> validForm() {
		return TestApplicants.applicantData("1000000008");
	}

	private VerificationReport verify(Map<String, Object> form) {
		return verifier.verify(form, SUBMITTED, Facts.none());
	}

	private static Check check(VerificationReport report, String rule) {
		return report.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
	}

	private static void assertOnlyRuleFailing(VerificationReport report, String rule, CheckOutcome outcome) {
		assertThat(report.checks()).filteredOn(c -> !c.passed()).extracting(Check::rule).containsExactly(rule);
		assertThat(check(report, rule).outcome()).isEqualTo(outcome);
		assertThat(report.outcome()).isEqualTo(outcome.name());
		assertThat(report.details()).isNull();
		assertThat(report.arabicSummary()).isEqualTo("• " + check(report, rule).message());
	}

	@Test
	void completeValidFormPassesEveryRule() {
		VerificationReport report = verify(validForm());

		assertThat(report.checks()).extracting(Check::rule)
			.containsExactly("REQUIRED_FIELDS", "NATIONAL_ID", "ID_EXPIRY", "MOBILE", "DATE_OF_BIRTH", "HOUSEHOLD",
					"SUPPORT_TYPE", "REQUIRED_DOCUMENTS", "NO_OTHER_OPEN_REQUEST", "POSSIBLE_DUPLICATE");
		assertThat(report.checks()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(CheckOutcome.PASSED));
		assertThat(report.outcome()).isEqualTo("VALID");
		assertThat(report.arabicSummary()).isNull();
		assertThat(report.arabicWarnings()).isNull();
	}

	@Test
	void validFormYieldsTheDetailsAsStored() {
		Map<String, Object> form = validForm();
		form.put("nationalId", "١٠٠٠٠٠٠٠٠٨");
		form.put("mobile", "٠٥٥١٢٣٤٥٦٧");
		form.put("firstName", "أحمد");

		ApplicantDetails details = verify(form).details();

		assertThat(details.nationalId()).isEqualTo("1000000008");
		assertThat(details.mobile()).isEqualTo("+966551234567");
		assertThat(details.applicantName()).isEqualTo("أحمد عبدالله سعيد الحياني");
		assertThat(details.normalizedName()).isEqualTo("احمد عبدالله سعيد الحياني");
		assertThat(details.idExpiryDate()).isEqualTo(LocalDate.of(2030, 5, 4));
		assertThat(details.householdSize()).isEqualTo(6);
		assertThat(details.monthlyIncome()).isEqualByComparingTo("2500");
		assertThat(details.iban()).isNull();
		assertThat(details.members()).isEmpty();
	}

	@Test
	void missingFieldsAreNamedInArabicAndAskedOfTheApplicant() {
		Map<String, Object> form = validForm();
		form.remove("city");
		form.put("grandfatherName", "  ");

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "REQUIRED_FIELDS", CheckOutcome.MISSING);
		assertThat(check(report, "REQUIRED_FIELDS").message()).isEqualTo("بيانات ناقصة: اسم الجد، المدينة");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000009", "3000000004", "100000008", "١٠٠٠٠٠٠٠٠٩", "ID" })
	void anInvalidNationalIdGoesBackToReception(String nationalId) {
		Map<String, Object> form = validForm();
		form.put("nationalId", nationalId);

		assertOnlyRuleFailing(verify(form), "NATIONAL_ID", CheckOutcome.INVALID);
	}

	@Test
	void anIdExpiredOnTheSubmissionDateGivenInHijriIsAskedOfTheApplicant() {
		Map<String, Object> form = validForm();
		form.put("idExpiryDate", "1445/03/30");

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "ID_EXPIRY", CheckOutcome.MISSING);
		assertThat(check(report, "ID_EXPIRY").message()).contains("منتهية");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1448/06/15", "2026-11-25", "١٤٥٠/٠٣/١٢", "2030-01-31" })
	void anIdValidOnTheSubmissionDateIsAccepted(String expiry) {
		Map<String, Object> form = validForm();
		form.put("idExpiryDate", expiry);

		assertThat(verify(form).outcome()).isEqualTo("VALID");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1445/13/01", "2030-02-30", "غدًا" })
	void anUnreadableExpiryDateGoesBackToReception(String expiry) {
		Map<String, Object> form = validForm();
		form.put("idExpiryDate", expiry);

		assertOnlyRuleFailing(verify(form), "ID_EXPIRY", CheckOutcome.INVALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112345678", "055123456", "05512345678", "mobile" })
	void mobileMustBeASaudiMobileNumber(String mobile) {
		Map<String, Object> form = validForm();
		form.put("mobile", mobile);

		assertOnlyRuleFailing(verify(form), "MOBILE", CheckOutcome.INVALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-26", "1906-11-25", "12/04/1980" })
	void dateOfBirthMustBeValidOnTheSubmissionDate(String dateOfBirth) {
		Map<String, Object> form = validForm();
		form.put("dateOfBirth", dateOfBirth);

		assertOnlyRuleFailing(verify(form), "DATE_OF_BIRTH", CheckOutcome.INVALID);
	}

	@Test
	void dateOfBirthIsJudgedAgainstTheSubmissionDateNotToday() {
		Map<String, Object> form = validForm();
		form.put("dateOfBirth", "2026-11-26");

		assertThat(verifier.verify(form, LocalDate.of(2026, 11, 26), Facts.none()).complete()).isTrue();
		assertThat(verifier.verify(form, LocalDate.of(2026, 11, 25), Facts.none()).complete()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "41", "2.5", "-3", "six" })
	void householdSizeMustBeAWholeNumberFromOneToForty(String householdSize) {
		Map<String, Object> form = validForm();
		form.put("householdSize", householdSize);

		assertOnlyRuleFailing(verify(form), "HOUSEHOLD", CheckOutcome.INVALID);
	}

	@Test
	void monthlyIncomeMustBeANonNegativeNumber() {
		Map<String, Object> form = validForm();
		form.put("monthlyIncome", -1.0);
		assertOnlyRuleFailing(verify(form), "HOUSEHOLD", CheckOutcome.INVALID);
		form.put("monthlyIncome", "ألفان");
		assertOnlyRuleFailing(verify(form), "HOUSEHOLD", CheckOutcome.INVALID);
		form.put("monthlyIncome", 0L);
		assertThat(verify(form).details().monthlyIncome()).isZero();
	}

	@Test
	void householdMembersAreReadFromTheFormsJsonList() {
		Map<String, Object> form = validForm();
		form.put("householdSize", 3L);
		form.put("householdMembers", """
				[{"memberName":"فاطمة علي","relation":"SPOUSE","memberNationalId":"٢٠٠٠٠٠٠٠٠٦","memberAge":35,"memberIncome":0},
				 {"memberName":"سعيد","relation":"SON","memberAge":7}]""");

		ApplicantDetails details = verify(form).details();

		assertThat(details.members()).hasSize(2);
		assertThat(details.members().get(0).nationalId()).isEqualTo("2000000006");
		assertThat(details.members().get(1).nationalId()).isNull();
		assertThat(details.members().get(1).monthlyIncome()).isZero();
	}

	@Test
	void aHouseholdMemberWithAnInvalidIdOrAgeIsNamed() {
		Map<String, Object> form = validForm();
		form.put("householdSize", 3L);
		form.put("householdMembers", List.of(Map.of("memberName", "فاطمة", "relation", "SPOUSE", "memberNationalId",
				"2000000007", "memberAge", 35), Map.of("memberName", "سعيد", "relation", "SON", "memberAge", 130)));

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "HOUSEHOLD", CheckOutcome.INVALID);
		assertThat(check(report, "HOUSEHOLD").message()).contains("فرد الأسرة رقم 1 (فاطمة): رقم الهوية غير صحيح")
			.contains("فرد الأسرة رقم 2 (سعيد): العمر غير صحيح");
	}

	@Test
	void householdSizeMustMatchTheListedMembers() {
		Map<String, Object> form = validForm();
		form.put("householdMembers", List.of(Map.of("memberName", "فاطمة", "relation", "SPOUSE", "memberAge", 35)));

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "HOUSEHOLD", CheckOutcome.INVALID);
		assertThat(check(report, "HOUSEHOLD").message()).contains("(6)").contains("(1 مع المتقدم)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GOLD_BARS", "food_basket", "سلة غذائية" })
	void supportTypeMustBeKnown(String supportType) {
		Map<String, Object> form = validForm();
		form.put("supportType", supportType);

		assertOnlyRuleFailing(verify(form), "SUPPORT_TYPE", CheckOutcome.INVALID);
	}

	@Test
	void missingDocumentsAreListedByTheirArabicNames() {
		Map<String, Object> form = validForm();
		form.put("documentsReceived", "[\"ID_COPY\"]");

		VerificationReport report = verify(form);

		assertOnlyRuleFailing(report, "REQUIRED_DOCUMENTS", CheckOutcome.MISSING);
		assertThat(check(report, "REQUIRED_DOCUMENTS").message()).isEqualTo("مستندات ناقصة: صورة سجل الأسرة، إثبات الدخل");
	}

	@Test
	void cashSupportNeedsAValidSaudiIban() {
		Map<String, Object> form = validForm();
		form.put("supportType", "CASH_ASSISTANCE");
		form.put("documentsReceived", List.of("ID_COPY", "BANK_IBAN_CERTIFICATE"));

		assertOnlyRuleFailing(verify(form), "IBAN", CheckOutcome.MISSING);
		form.put("iban", "SA03 8000 0000 6080 1016 7518");
		assertOnlyRuleFailing(verify(form), "IBAN", CheckOutcome.INVALID);
		form.put("iban", "sa03 8000 0000 6080 1016 7519");
		assertThat(verify(form).details().iban()).isEqualTo("SA0380000000608010167519");
	}

	@Test
	void anotherOpenRequestForTheSameNationalIdIsNamedAndBlocks() {
		VerificationReport report = verifier.verify(validForm(), SUBMITTED,
				new Facts(Optional.of("HY-1448-000001"), List.of()));

		assertOnlyRuleFailing(report, "NO_OTHER_OPEN_REQUEST", CheckOutcome.INVALID);
		assertThat(report.arabicSummary()).contains("HY-1448-000001");
	}

	@Test
	void aPossibleDuplicateIsFlaggedButDoesNotBlock() {
		VerificationReport report = verifier.verify(validForm(), SUBMITTED,
				new Facts(Optional.empty(), List.of("HY-1448-000007", "HY-F-000003")));

		assertThat(check(report, "POSSIBLE_DUPLICATE").outcome()).isEqualTo(CheckOutcome.WARNING);
		assertThat(report.outcome()).isEqualTo("VALID");
		assertThat(report.details()).isNotNull();
		assertThat(report.arabicSummary()).isNull();
		assertThat(report.arabicWarnings()).contains("HY-1448-000007").contains("HY-F-000003");
	}

	@Test
	void invalidDataWinsOverMissingDataSoReceptionCorrectsFirst() {
		Map<String, Object> form = validForm();
		form.put("nationalId", "1000000009");
		form.remove("city");

		VerificationReport report = verify(form);

		assertThat(report.outcome()).isEqualTo("INVALID");
		assertThat(report.arabicSummary().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("• "));
	}

	@Test
	void anEmptyFormListsEveryRequiredField() {
		VerificationReport report = verify(new HashMap<>());

		assertThat(report.outcome()).isEqualTo("MISSING");
		assertThat(check(report, "REQUIRED_FIELDS").message()).contains("الاسم الأول").contains("تاريخ انتهاء الهوية");
	}

}
