package sa.org.hayaniyah.masar.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.committee.Outcome;
import sa.org.hayaniyah.masar.intake.Channel;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * Labels, not codes: the codes supervisors met on the reports page and in Cockpit (CASH_ASSISTANCE, C1, APPROVED,
 * SAUDI) have Arabic labels, taken from the forms where a form offers them.
 */
class CodeLabelsTest {

	private final CodeLabels labels = new CodeLabels();

	@Test
	void theCodesSupervisorsSawHaveArabicLabels() {
		assertThat(labels.label("supportType", "CASH_ASSISTANCE")).isEqualTo("مساعدة نقدية");
		assertThat(labels.label("service", "CASH_ASSISTANCE")).isEqualTo("مساعدة نقدية");
		assertThat(labels.label("service", "INQUIRY")).isEqualTo("الرد على استفسار");
		assertThat(labels.label("channel", "C1")).isEqualTo("مقابلة شخصية");
		assertThat(labels.label("channel", "C7")).isEqualTo("الموقع الإلكتروني للجمعية");
		assertThat(labels.label("committeeOutcome", "APPROVED")).isEqualTo("قبول الطلب");
		assertThat(labels.label("nationality", "SAUDI")).isEqualTo("سعودي");
	}

	@Test
	void everyCodeOfTheDomainsEnumsHasAnArabicLabel() {
		Map<String, Enum<?>[]> fields = Map.of("channel", Channel.values(), "supportType", SupportType.values(), "service",
				SupportType.values(), "committeeOutcome", Outcome.values());
		fields.forEach((field, codes) -> Arrays.stream(codes)
			.forEach(code -> assertThat(labels.label(field, code.name())).as("%s %s", field, code)
				.matches(".*\\p{IsArabic}.*")));
	}

	@Test
	void theFormsAreTheSourceWhereTheyOfferTheCode() {
		// the reception form's wording wins over the policy's where both name a channel
		CodeLabels fromOneForm = new CodeLabels(Map.of("channel", Map.of("C1", "مقابلة في المقر")));
		assertThat(fromOneForm.label("channel", "C1")).isEqualTo("مقابلة في المقر");
		assertThat(fromOneForm.label("channel", "C2")).isEqualTo("الاتصالات الهاتفية");
	}

	@Test
	void anUnknownCodeStaysVisibleAsItIs() {
		assertThat(labels.label("supportType", "NEW_PROGRAM")).isEqualTo("NEW_PROGRAM");
		assertThat(labels.label("noSuchField", "X")).isEqualTo("X");
		assertThat(labels.label("channel", null)).isNull();
	}

}
