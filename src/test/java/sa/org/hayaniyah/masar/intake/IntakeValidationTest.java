package sa.org.hayaniyah.masar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

class IntakeValidationTest {

	private static final String CHANNEL = "C1";

	private static final String NATIONAL_ID = "1000000008";

	private static final String NAME = "محمد عبدالله الحياني";

	private static final String MOBILE = "0551234567";

	private static final String SUPPORT_TYPE = "FOOD_BASKET";

	private static final String RECEIVED_BY = "reception1";

	private final IntakeValidation validation = new IntakeValidation();

	private InvalidInputException refused(Object channel, Object nationalId, Object applicantName, Object mobile,
			Object supportType) {
		InvalidInputException refused = catchThrowableOfType(
				() -> this.validation.newRequest(channel, nationalId, applicantName, mobile, supportType, RECEIVED_BY),
				InvalidInputException.class);
		assertThat(refused).as("input should have been refused").isNotNull();
		return refused;
	}

	private static void assertSingleViolationOf(InvalidInputException refused, String field) {
		assertThat(refused.violations()).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo(field);
			assertThat(v.arabic()).isNotBlank().containsPattern("\\p{IsArabic}");
			assertThat(v.english()).isNotBlank().matches("\\p{ASCII}+");
		});
		assertThat(refused.getMessage()).contains(refused.violations().get(0).arabic())
			.contains(field + ": " + refused.violations().get(0).english());
	}

	@Test
	void validInputOpensANewRequest() {
		NewSupportRequest request = this.validation.newRequest(CHANNEL, NATIONAL_ID, NAME, MOBILE, SUPPORT_TYPE,
				RECEIVED_BY);

		assertThat(request).isEqualTo(new NewSupportRequest(Channel.C1, "1000000008", "محمد عبدالله الحياني",
				"+966551234567", SupportType.FOOD_BASKET, "reception1"));
	}

	@Test
	void mobileIsNormalisedToE164() {
		NewSupportRequest request = this.validation.newRequest("C7", NATIONAL_ID, NAME, "٠٥٥ ١٢٣ ٤٥٦٧", SUPPORT_TYPE, null);

		assertThat(request.mobile()).isEqualTo("+966551234567");
		assertThat(request.channel()).isEqualTo(Channel.C7);
		assertThat(request.receivedBy()).isNull();
	}

	@Test
	void textIsStrippedOfSurroundingWhitespace() {
		NewSupportRequest request = this.validation.newRequest(" C2 ", " 2000000006 ", "  علي  ", MOBILE,
				" CASH_ASSISTANCE ", RECEIVED_BY);

		assertThat(request.channel()).isEqualTo(Channel.C2);
		assertThat(request.nationalId()).isEqualTo("2000000006");
		assertThat(request.applicantName()).isEqualTo("علي");
		assertThat(request.supportType()).isEqualTo(SupportType.CASH_ASSISTANCE);
	}

	@Test
	void acceptsANameOf200Characters() {
		String name = "م".repeat(200);

		assertThat(this.validation.newRequest(CHANNEL, NATIONAL_ID, name, MOBILE, SUPPORT_TYPE, RECEIVED_BY)
			.applicantName()).hasSize(200);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "C9", "c1", "WEBSITE" })
	void refusesAMissingOrUnknownChannel(String channel) {
		assertSingleViolationOf(refused(channel, NATIONAL_ID, NAME, MOBILE, SUPPORT_TYPE), "channel");
	}

	@ParameterizedTest
	@ValueSource(strings = { "١٠٠٠٠٠٠٠٠٨", "1000 000 008" })
	void acceptsANationalIdTypedWithArabicIndicDigitsOrSpaces(String nationalId) {
		assertThat(this.validation.newRequest(CHANNEL, nationalId, NAME, MOBILE, SUPPORT_TYPE, null).nationalId())
			.isEqualTo("1000000008");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "1000000009", "3000000004", "100000008", "١٠٠٠٠٠٠٠٠٩" })
	void refusesAnInvalidNationalId(String nationalId) {
		assertSingleViolationOf(refused(CHANNEL, nationalId, NAME, MOBILE, SUPPORT_TYPE), "nationalId");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "م", "مح", "   ab   " })
	void refusesAMissingOrTooShortName(String name) {
		assertSingleViolationOf(refused(CHANNEL, NATIONAL_ID, name, MOBILE, SUPPORT_TYPE), "applicantName");
	}

	@Test
	void refusesANameLongerThan200Characters() {
		assertSingleViolationOf(refused(CHANNEL, NATIONAL_ID, "م".repeat(201), MOBILE, SUPPORT_TYPE), "applicantName");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "0112345678", "055123456", "05512345678", "05+51234567" })
	void refusesAnInvalidMobile(String mobile) {
		assertSingleViolationOf(refused(CHANNEL, NATIONAL_ID, NAME, mobile, SUPPORT_TYPE), "mobile");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "GOLD_BARS", "food_basket" })
	void refusesAMissingOrUnknownSupportType(String supportType) {
		assertSingleViolationOf(refused(CHANNEL, NATIONAL_ID, NAME, MOBILE, supportType), "supportType");
	}

	@Test
	void reportsEveryInvalidFieldAtOnce() {
		InvalidInputException refused = refused("C9", "1000000009", NAME, "0112345678", SUPPORT_TYPE);

		assertThat(refused.violations()).extracting(Violation::field).containsExactly("channel", "nationalId", "mobile");
	}

	@Test
	void reportsAllFiveFieldsWhenNothingIsGiven() {
		InvalidInputException refused = refused(null, null, null, null, null);

		assertThat(refused.violations()).extracting(Violation::field)
			.containsExactly("channel", "nationalId", "applicantName", "mobile", "supportType");
		assertThat(refused.getMessage()).contains("channel: ", "nationalId: ", "applicantName: ", "mobile: ",
				"supportType: ");
	}

	@Test
	void consentGivenIsAccepted() {
		assertThatNoException().isThrownBy(() -> this.validation.requireConsent(Boolean.TRUE));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "false", "no", "نعم", "true", "1" })
	void noRequestWithoutConsent(String consent) {
		assertThatThrownBy(() -> this.validation.requireConsent(consent)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("موافقة المتقدم")
			.hasMessageContaining("consentGiven must be true");
		assertThatThrownBy(() -> this.validation.requireConsent(Boolean.FALSE)).isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void aBlankNationalIdIsRequiredRatherThanInvalid(String nationalId) {
		InvalidInputException refused = refused(CHANNEL, nationalId, NAME, MOBILE, SUPPORT_TYPE);

		assertSingleViolationOf(refused, "nationalId");
		assertThat(refused.violations().get(0).arabic()).isEqualTo("رقم الهوية مطلوب");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void aBlankMobileIsRequiredRatherThanInvalid(String mobile) {
		InvalidInputException refused = refused(CHANNEL, NATIONAL_ID, NAME, mobile, SUPPORT_TYPE);

		assertSingleViolationOf(refused, "mobile");
		assertThat(refused.violations().get(0).arabic()).startsWith("رقم الجوال مطلوب");
	}

	@ParameterizedTest
	@ValueSource(strings = { "C1", "C4", " C8 " })
	void channelHelperReadsAKnownChannel(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.channel(value, violations)).isEqualTo(Channel.valueOf(value.strip()));
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "C9", "c1", "WEBSITE" })
	void channelHelperReportsAMissingOrUnknownChannel(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.channel(value, violations)).isNull();
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("channel");
			assertThat(v.arabic()).contains("قناة التواصل");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000008", " 1000000008 ", "١٠٠٠٠٠٠٠٠٨", "1000-000-008" })
	void nationalIdHelperNormalisesAValidId(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.nationalId(value, violations)).isEqualTo("1000000008");
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void nationalIdHelperLeavesABlankIdToTheCaller(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.nationalId(value, violations)).isNull();
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000009", "1234567890", "3000000004", "100000008" })
	void nationalIdHelperReportsAnInvalidId(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.nationalId(value, violations)).isNull();
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("nationalId");
			assertThat(v.arabic()).contains("رقم الهوية غير صحيح");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "0551234567", "+966551234567", "٠٥٥ ١٢٣ ٤٥٦٧" })
	void mobileHelperNormalisesAValidNumber(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.mobile(value, violations)).isEqualTo("+966551234567");
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void mobileHelperLeavesABlankNumberToTheCaller(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.mobile(value, violations)).isNull();
		assertThat(violations).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112345678", "055123456", "05+51234567" })
	void mobileHelperReportsAnInvalidNumber(String value) {
		List<Violation> violations = new ArrayList<>();

		assertThat(IntakeValidation.mobile(value, violations)).isNull();
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("mobile");
			assertThat(v.arabic()).contains("رقم الجوال غير صحيح");
		});
	}

	@Test
	void helpersAddToTheViolationsAlreadyFound() {
		List<Violation> violations = new ArrayList<>();

		IntakeValidation.channel("C9", violations);
		IntakeValidation.nationalId("1000000009", violations);
		IntakeValidation.mobile("0112345678", violations);

		assertThat(violations).extracting(Violation::field).containsExactly("channel", "nationalId", "mobile");
	}

}
