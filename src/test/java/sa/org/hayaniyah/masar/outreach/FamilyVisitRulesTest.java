package sa.org.hayaniyah.masar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.outreach.FamilyVisitRules.Form;

class FamilyVisitRulesTest {

	@Test
	void theDateAndWhatWasFoundAreRequired() {
		assertThatThrownBy(() -> FamilyVisitRules.check(new Form("", "جيد")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(InvalidInputException.Violation::field)
				.containsExactly("visitDate", "visitFindings"));
	}

	@Test
	void theVisitBecomesTheFollowUpsOutcome() {
		assertThat(FamilyVisitRules.check(new Form("2026-12-01", "الأسرة تحتاج إلى سلة غذائية")).outcome())
			.isEqualTo("زيارة ميدانية في 2026-12-01: الأسرة تحتاج إلى سلة غذائية");
	}

}
