package sa.org.hayaniyah.masar.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.research.SocialResearchRules.Form;
import sa.org.hayaniyah.masar.research.SocialResearchRules.Research;

class SocialResearchRulesTest {

	@Test
	void aFieldVisitNeedsItsDateAndEveryProblemIsReportedAtOnce() {
		assertThatThrownBy(() -> SocialResearchRules.check(new Form(" ", "MAYBE", true, null, null, -1)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(InvalidInputException.Violation::field)
				.containsExactly("researchFindings", "researchRecommendation", "visitDate", "verifiedMonthlyIncome"));
	}

	@Test
	void aDeskResearchNeedsNoVisitDate() {
		Research research = SocialResearchRules.check(new Form("أسرة من ستة أفراد", "RECOMMEND_APPROVAL", false,
				"2026-11-27", "منزل الأسرة", null));
		assertThat(research.fieldVisit()).isFalse();
		assertThat(research.visitDate()).isNull();
		assertThat(research.correctsIncome(3000.0)).isFalse();
	}

	@Test
	void aVerifiedIncomeReplacesARecordedIncomeOnlyWhenItDiffers() {
		Research research = SocialResearchRules.check(new Form("أسرة من ستة أفراد", "COMMITTEE_JUDGEMENT", true,
				"2026-11-27", "منزل الأسرة", "2500"));
		assertThat(research.visitDate()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(research.verifiedIncome()).isEqualByComparingTo(new BigDecimal("2500"));
		assertThat(research.correctsIncome(2500.0)).isFalse();
		assertThat(research.correctsIncome(3000L)).isTrue();
		assertThat(research.correctsIncome(null)).isTrue();
	}

}
