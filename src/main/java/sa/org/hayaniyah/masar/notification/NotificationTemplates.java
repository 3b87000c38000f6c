package sa.org.hayaniyah.masar.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Arabic message templates kept as a file ({@code notifications/templates_ar.properties}) with {name} placeholders.
 */
@Component
class NotificationTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private final Properties templates = new Properties();

	NotificationTemplates() throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource("notifications/templates_ar.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			templates.load(reader);
		}
	}

	String render(String template, Map<String, Object> values) {
		String text = templates.getProperty(template);
		if (text == null) {
			throw new IllegalArgumentException("Unknown notification template " + template);
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Object value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
		}
		m.appendTail(out);
		return out.toString();
	}

}
