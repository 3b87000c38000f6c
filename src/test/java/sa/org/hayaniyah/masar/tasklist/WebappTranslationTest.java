package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Arabic webapps keep up with Camunda's: every English label of the 7.24 webjar has its Arabic one, with the
 * same Angular placeholders (as Spring PetClinic checks its message bundles).
 */
class WebappTranslationTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishLabelHasItsArabicOneWithTheSamePlaceholders(String app) throws IOException {
		Map<String, String> en = labels(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json"));
		Map<String, String> ar = labels(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/ar.json"));

		assertThat(ar.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
		en.forEach((key, text) -> {
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				assertThat(ar.get(key)).as("%s %s keeps %s", app, key, m.group()).contains(m.group());
			}
		});
		assertThat(ar.values().stream().filter(v -> v.matches("(?s).*\\p{IsArabic}.*"))).as("labels in Arabic")
			.hasSizeGreaterThan(en.size() * 3 / 4);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> labels(Map<String, Object> locale) {
		return (Map<String, String>) locale.get("labels");
	}

	private static Map<String, Object> read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			byte[] bytes = in.readAllBytes();
			int bom = bytes.length > 2 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
			return new ObjectMapper().readValue(bytes, bom, bytes.length - bom, new TypeReference<>() {
			});
		}
	}

}
