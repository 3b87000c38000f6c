package sa.org.hayaniyah.masar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.intake.Channel;

class InquiryValidationTest {

	private static final String CHANNEL = "C2";

	private static final String KIND = "PROCEDURE";

	private static final String QUESTION = "ما المستندات المطلوبة لطلب سلة غذائية؟";

	private static final String NAME = "فاطمة عبدالله الحياني";

	private static final String MOBILE = "0512345678";

	private static final String RECEIVED_BY = "reception1";

	private static NewInquiry check(Object channel, Object kind, Object question, Object name, Object nationalId,
			Object mobile, Object email, Object requestReference) {
		return InquiryValidation.check(channel, kind, question, name, nationalId, mobile, email, null, requestReference,
				RECEIVED_BY);
	}

	private static InvalidInputException refused(Object channel, Object kind, Object question, Object name,
			Object nationalId, Object mobile, Object email, Object requestReference) {
		InvalidInputException refused = catchThrowableOfType(
				() -> check(channel, kind, question, name, nationalId, mobile, email, requestReference),
				InvalidInputException.class);
		assertThat(refused).as("input should have been refused").isNotNull();
		return refused;
	}

	private static void assertSingleViolation(InvalidInputException refused, String field, String arabicWord) {
		assertThat(refused.violations()).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo(field);
			assertThat(v.arabic()).isNotBlank().contains(arabicWord);
			assertThat(v.english()).isNotBlank();
		});
		assertThat(refused.getMessage()).contains(arabicWord);
	}

	private static String arabicIndic(String asciiDigits) {
		StringBuilder out = new StringBuilder();
		for (char c : asciiDigits.toCharArray()) {
			out.append((char) ('\u0660' + (c - '0')));
		}
		return out.toString();
	}

	@Test
	void acceptsAProcedureQuestionWithAMobileNumber() {
		NewInquiry inquiry = check(CHANNEL, KIND, QUESTION, NAME, null, MOBILE, null, null);

		assertThat(inquiry).isEqualTo(new NewInquiry(Channel.C2, InquiryKind.PROCEDURE, QUESTION, NAME, null,
				"+966512345678", null, null, null, RECEIVED_BY));
	}

	@Test
	void keepsTheOptionalFieldsWhenGiven() {
		NewInquiry inquiry = InquiryValidation.check(" C5 ", "STATUS", QUESTION, NAME, null, null, " name@example.com ",
				"EMAIL", "HY-1448-000123", null);

		assertThat(inquiry.channel()).isEqualTo(Channel.C5);
		assertThat(inquiry.kind()).isEqualTo(InquiryKind.STATUS);
		assertThat(inquiry.mobile()).isNull();
		assertThat(inquiry.email()).isEqualTo("name@example.com");
		assertThat(inquiry.preferredChannel()).isEqualTo("EMAIL");
		assertThat(inquiry.requestReference()).isEqualTo("HY-1448-000123");
		assertThat(inquiry.receivedBy()).isNull();
	}

	@Test
	void normalisesANationalIdTypedWithArabicIndicDigits() {
		String nationalId = TestApplicants.nationalId();

		assertThat(check(CHANNEL, KIND, QUESTION, NAME, arabicIndic(nationalId), MOBILE, null, null).nationalId())
			.isEqualTo(nationalId);
		assertThat(check(CHANNEL, KIND, QUESTION, NAME, " " + nationalId + " ", MOBILE, null, null).nationalId())
			.isEqualTo(nationalId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "٠٥١٢٣٤٥٦٧٨", "٠٥١ ٢٣٤ ٥٦٧٨", "+966 51 234 5678" })
	void acceptsAMobileTypedWithArabicIndicDigitsOrSpaces(String mobile) {
		assertThat(check(CHANNEL, KIND, QUESTION, NAME, null, mobile, null, null).mobile()).isEqualTo("+966512345678");
	}

	@Test
	void aLetterNeedsNeitherMobileNorEmail() {
		NewInquiry inquiry = check("C4", "SUGGESTION", QUESTION, NAME, null, null, null, null);

		assertThat(inquiry.channel()).isEqualTo(Channel.C4);
		assertThat(inquiry.mobile()).isNull();
		assertThat(inquiry.email()).isNull();
	}

	@Test
	void acceptsAQuestionOf4000Characters() {
		assertThat(check(CHANNEL, KIND, "س".repeat(4000), NAME, null, MOBILE, null, null).question()).hasSize(4000);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "C9", "c2", "PHONE" })
	void refusesAMissingOrUnknownChannel(String channel) {
		assertSingleViolation(refused(channel, KIND, QUESTION, NAME, null, MOBILE, null, null), "channel", "قناة");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "QUESTION", "procedure" })
	void refusesAMissingOrUnknownKind(String kind) {
		assertSingleViolation(refused(CHANNEL, kind, QUESTION, NAME, null, MOBILE, null, null), "inquiryKind",
				"نوع الاستفسار");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "لماذ", "   ؟   " })
	void refusesAMissingOrTooShortQuestion(String question) {
		assertSingleViolation(refused(CHANNEL, KIND, question, NAME, null, MOBILE, null, null), "question",
				"نص الاستفسار");
	}

	@Test
	void refusesAQuestionLongerThan4000Characters() {
		assertSingleViolation(refused(CHANNEL, KIND, "س".repeat(4001), NAME, null, MOBILE, null, null), "question",
				"نص الاستفسار");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "مح" })
	void refusesAMissingOrTooShortName(String name) {
		assertSingleViolation(refused(CHANNEL, KIND, QUESTION, name, null, MOBILE, null, null), "personName",
				"اسم صاحب الاستفسار");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "3000000004", "100000008" })
	void refusesAnInvalidNationalId(String nationalId) {
		assertSingleViolation(refused(CHANNEL, KIND, QUESTION, NAME, nationalId, MOBILE, null, null), "nationalId",
				"رقم الهوية");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112345678", "05123", "mobile" })
	void refusesAnInvalidMobile(String mobile) {
		assertSingleViolation(refused(CHANNEL, KIND, QUESTION, NAME, null, mobile, null, null), "mobile",
				"رقم الجوال غير صحيح");
	}

	@ParameterizedTest
	@ValueSource(strings = { "name@example", "name.example.com", "name @example.com", "a@b@example.com" })
	void refusesAnInvalidEmail(String email) {
		assertSingleViolation(refused(CHANNEL, KIND, QUESTION, NAME, null, MOBILE, email, null), "email",
				"البريد الإلكتروني");
	}

	@Test
	void refusesAnInvalidEmailWithoutAskingAgainForAMobile() {
		assertSingleViolation(refused(CHANNEL, KIND, QUESTION, NAME, null, null, "not-an-address", null), "email",
				"البريد الإلكتروني");
	}

	@ParameterizedTest
	@ValueSource(strings = { "C1", "C2", "C3", "C5", "C6", "C7", "C8" })
	void needsAMobileOrAnEmailToSendTheAnswer(String channel) {
		assertSingleViolation(refused(channel, KIND, QUESTION, NAME, null, " ", null, null), "mobile", "ليصل الرد");
	}

	@ParameterizedTest
	@ValueSource(strings = { "X-1", "HY-1448-123", "hy-1448-000123", "HY-1448-000123-1" })
	void refusesABadRequestReference(String reference) {
		assertSingleViolation(refused(CHANNEL, KIND, QUESTION, NAME, null, MOBILE, null, reference), "requestReference",
				"رقم الطلب");
	}

	@Test
	void reportsEveryInvalidFieldAtOnce() {
		InvalidInputException refused = refused(CHANNEL, null, "؟", null, "1234567890", null, null, "X-1");

		assertThat(refused.violations()).extracting(Violation::field)
			.containsExactly("inquiryKind", "question", "personName", "nationalId", "mobile", "requestReference");
		assertThat(refused.violations()).allSatisfy(v -> assertThat(v.arabic()).containsPattern("\\p{IsArabic}"));
		assertThat(refused.violations()).filteredOn(v -> v.field().equals("mobile"))
			.singleElement()
			.satisfies(v -> assertThat(v.arabic()).contains("ليصل الرد"));
	}

}
