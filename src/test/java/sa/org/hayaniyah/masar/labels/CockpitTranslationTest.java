package sa.org.hayaniyah.masar.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No English on the supervisors' and administrators' screens: every label Cockpit, Admin and Welcome 7.24 ship in
 * {@code en.json} has an Arabic one, and no Arabic label keeps an English word beyond a short allow-list of names
 * and formats (Camunda, BPMN, DMN, CSV, JSON, XML ...). Words inside Angular placeholders, HTML tags and addresses
 * are not shown as such and are skipped.
 */
class CockpitTranslationTest {

	private static final Set<String> ALLOWED = Set.of("Camunda", "Optimize", "BPMN", "DMN", "DRD", "CSV", "JSON", "XML", "LDAP",
			"API", "CTRL", "CE", "F5");

	/** What the reader does not see as words: placeholders, tags, entities, addresses, date patterns. */
	private static final Pattern NOT_SHOWN = Pattern
		.compile("\\{\\{.*?}}|<[^>]+>|&\\w+;|https?://\\S+|[yYMdDTHms]+(?:[-:][yYMdDTHms]+)+");

	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+\\d*");

	@ParameterizedTest
	@ValueSource(strings = { "cockpit", "admin", "welcome" })
	void everyShippedLabelHasItsArabicOne(String app) throws IOException {
		Map<String, String> en = labels(app, "en");
		Map<String, String> ar = labels(app, "ar");

		List<String> missing = en.keySet().stream().filter(key -> !ar.containsKey(key)).toList();
		assertThat(missing).as("%s keys of the shipped en.json without Arabic", app).isEmpty();
		List<String> empty = en.entrySet()
			.stream()
			// Cockpit's plural suffixes ("s") have no Arabic counterpart: Arabic words change whole
			.filter(e -> e.getValue().strip().length() > 1 && ar.get(e.getKey()).isBlank())
			.map(Map.Entry::getKey)
			.toList();
		assertThat(empty).as("%s labels left empty", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "cockpit", "admin", "welcome" })
	void noArabicLabelKeepsAnEnglishWord(String app) throws IOException {
		Map<String, String> english = new TreeMap<>();
		labels(app, "ar").forEach((key, text) -> {
			Matcher words = LATIN_WORD.matcher(NOT_SHOWN.matcher(text).replaceAll(""));
			List<String> found = new ArrayList<>();
			while (words.find()) {
				if (!ALLOWED.contains(words.group())) {
					found.add(words.group());
				}
			}
			if (!found.isEmpty()) {
				english.put(key, text);
			}
		});
		assertThat(english).as("%s labels with English words", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "cockpit", "admin", "welcome" })
	void theApplicationNamesAreArabic(String app) throws IOException {
		Map<String, String> ar = labels(app, "ar");
		assertThat(ar).containsEntry("COCKPIT_APP", "لوحة المتابعة")
			.containsEntry("TASKLIST_APP", "قائمة المهام")
			.containsEntry("ADMIN_APP", "الإدارة");
	}

	/**
	 * Texts Cockpit's templates write in English instead of through the locale ("Actions" above a variable table):
	 * each one found in the shipped bundles has its Arabic in Masar's Cockpit script.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "META-INF/resources/webjars/camunda/app/cockpit/camunda-cockpit-bootstrap.js",
			"META-INF/resources/plugin/cockpit/app/plugin.js" })
	void everyTextCockpitHardCodesHasItsArabicInMasarsScript(String bundle) throws IOException {
		String script = read("META-INF/resources/webjars/camunda/app/cockpit/scripts/masar-cockpit.js");
		String templates = read(bundle).replace("\\n", "\n");
		Matcher text = HARD_CODED.matcher(templates);
		List<String> untranslated = new ArrayList<>();
		int found = 0;
		while (text.find()) {
			String english = text.group(1).strip();
			if (ALLOWED_TEXTS.contains(english)) {
				continue;
			}
			found++;
			if (!script.contains("'" + english + "': '")) {
				untranslated.add(english);
			}
		}
		System.out.printf("%s: %d hard-coded English texts, %d without Arabic%n", bundle, found, untranslated.size());
		assertThat(untranslated).as("hard-coded texts of %s without Arabic in masar-cockpit.js", bundle).isEmpty();
	}

	/** A text node of a template: between a tag's end and the next tag, words only (no expressions, no comments). */
	private static final Pattern HARD_CODED = Pattern.compile(">\\s*([A-Za-z][A-Za-z .]{1,60}?)\\s*<(?!!)");

	/** Names rather than words. */
	private static final Set<String> ALLOWED_TEXTS = Set.of("Camunda Platform");

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> labels(String app, String locale) throws IOException {
		String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
			Map<String, Object> file = new ObjectMapper().readValue(text, new TypeReference<>() {
			});
			return (Map<String, String>) file.get("labels");
		}
	}

}
