package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NotificationTemplatesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private NotificationTemplates templates;

	@BeforeEach
	void loadTemplates() throws IOException {
		this.templates = new NotificationTemplates();
	}

	static Properties templateFile() throws IOException {
		Properties file = new Properties();
		try (Reader reader = new InputStreamReader(
				NotificationTemplatesTest.class.getResourceAsStream("/notifications/templates_ar.properties"),
				StandardCharsets.UTF_8)) {
			file.load(reader);
		}
		return file;
	}

	static Stream<String> templateKeys() throws IOException {
		return templateFile().stringPropertyNames().stream().sorted();
	}

	@Test
	void rendersTheCommitteeTimeline() {
		String text = this.templates.render("committee-timeline",
				Map.of("applicantName", "محمد عبدالله الحياني", "referenceNumber", "HY-1448-000001",
						"committeeDeadlineText", "2026/11/25 م الموافق 1448/06/15 هـ"));

		assertThat(text).startsWith("عزيزنا محمد عبدالله الحياني،")
			.contains("HY-1448-000001")
			.endsWith("في موعد أقصاه 2026/11/25 م الموافق 1448/06/15 هـ.")
			.doesNotContain("{");
	}

	@Test
	void rendersMultiLineTemplates() {
		String text = this.templates.render("missing-information", Map.of("applicantName", "محمد",
				"referenceNumber", "HY-1448-000001", "verificationSummary", "• رقم الجوال غير صحيح"));

		assertThat(text.lines()).hasSize(3);
		assertThat(text.lines().skip(1).findFirst()).contains("• رقم الجوال غير صحيح");
	}

	@Test
	void rendersValuesVerbatimEvenWithRegexReplacementCharacters() {
		String text = this.templates.render("decision-REJECTED",
				Map.of("applicantName", "محمد", "referenceNumber", "HY-1448-000001", "decisionReason", "الدخل $2 \\ أعلى"));

		assertThat(text).contains("والسبب: الدخل $2 \\ أعلى.");
	}

	@Test
	void rendersAMissingValueAsEmptyText() {
		String text = this.templates.render("committee-reminder", Map.of("referenceNumber", "HY-1448-000001"));

		assertThat(text).isEqualTo("تذكير للجنة البحث: الطلب رقم HY-1448-000001 ينتظر قرار اللجنة قبل .");
	}

	@Test
	void refusesAnUnknownTemplate() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.templates.render("no-such-template", Map.of()))
			.withMessageContaining("no-such-template");
	}

	@ParameterizedTest
	@MethodSource("templateKeys")
	void everyTemplateRendersWithoutLeftoverPlaceholders(String key) throws IOException {
		Map<String, Object> values = new HashMap<>();
		Matcher placeholders = PLACEHOLDER.matcher(templateFile().getProperty(key));
		while (placeholders.find()) {
			values.put(placeholders.group(1), "<" + placeholders.group(1) + ">");
		}

		String text = this.templates.render(key, values);

		assertThat(values).as("placeholders of %s", key).isNotEmpty();
		assertThat(text).isNotBlank().doesNotContain("{", "}");
		values.values().forEach(value -> assertThat(text).contains(value.toString()));
	}

	@Test
	void thereIsADecisionTemplateForEveryFinalOutcome() throws IOException {
		assertThat(templateKeys()).contains("decision-APPROVED", "decision-REJECTED", "committee-timeline",
				"committee-reminder", "missing-information", "missing-information-reminder", "request-closed-incomplete");
	}

}
