package sa.org.hayaniyah.masar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/** The website's support request form (T4, R4) checked field by field, without the application. */
class ApplicationTest {

	private static Application valid(List<Application.Member> members) {
		String id = TestApplicants.nationalId();
		return new Application(id, "فاطمة محمد الحياني", TestApplicants.mobile(id), "FOOD_BASKET", "الحيانية", null, null, 2,
				new BigDecimal("2500.50"), members, null, true, true);
	}

	private static List<String> fields(Application a) {
		return a.violations().stream().map(Violation::field).toList();
	}

	@Test
	void aCompleteApplicationHasNoMistakes() {
		assertThat(valid(List.of(new Application.Member("سارة علي الحياني", "DAUGHTER", null, 9, null))).violations()).isEmpty();
		assertThat(valid(null).violations()).isEmpty();
	}

	@Test
	void withoutTheDeclarationOrConsentNothingIsSent() {
		Application a = valid(List.of());
		Application noDeclaration = new Application(a.nationalId(), a.applicantName(), a.mobile(), a.supportType(), a.city(),
				null, null, 2, null, List.of(), null, false, null);
		assertThat(fields(noDeclaration)).containsExactly("declarationAccepted", "consentGiven");
		assertThat(noDeclaration.violations().get(0).arabic()).contains("الإقرار");
	}

	@Test
	void everyWrongFieldIsNamedWhereThePageShowsIt() {
		Application a = new Application("1000000000", "س", "123", "GOLD", " ", "حي\u0007", null, 31, new BigDecimal("-1"),
				List.of(new Application.Member("", "COUSIN", "2", 121, new BigDecimal("2000000"))), "x".repeat(2001), true, true);
		assertThat(fields(a)).contains("nationalId", "applicantName", "mobile", "supportType", "city", "district",
				"householdSize", "monthlyIncome", "householdMembers[0].name", "householdMembers[0].relation",
				"householdMembers[0].nationalId", "householdMembers[0].age", "householdMembers[0].monthlyIncome",
				"requestSummary");
		assertThat(a.violations()).allSatisfy(v -> assertThat(v.arabic()).isNotBlank());
	}

	@Test
	void atMostFifteenMembers() {
		Application a = valid(Collections.nCopies(16, new Application.Member("سارة علي", "DAUGHTER", null, 9, null)));
		assertThat(fields(a)).containsExactly("householdMembers");
	}

}
