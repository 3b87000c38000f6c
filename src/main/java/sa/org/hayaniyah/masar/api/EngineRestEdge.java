package sa.org.hayaniyah.masar.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import sa.org.hayaniyah.masar.common.ArabicText;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * Before the engine REST API reads a request: strict JSON (a duplicated key is a 400), no control characters, string
 * variables within the engine's 4,000-character column, paging never negative, and LIKE patterns whose escape
 * character (backslash) escapes something. Each is a 400 with the same contract as Masar's validation, where the
 * database would otherwise answer 500 (a negative LIMIT or a dangling escape on PostgreSQL, NUL bytes, ...).
 */
final class EngineRestEdge implements ContainerRequestFilter {

	private static final ObjectMapper STRICT = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.build();

	static final int MAX_JSON = 5 * 1024 * 1024;

	@Override
	public void filter(ContainerRequestContext request) throws IOException {
		List<Violation> violations = new ArrayList<>();
		MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
		query.forEach((name, values) -> values.forEach(value -> check(name, value, true, violations)));
		MediaType type = request.getMediaType();
		if (request.hasEntity() && type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
			byte[] body = readAtMost(request.getEntityStream());
			request.setEntityStream(new ByteArrayInputStream(body));
			if (body.length > MAX_JSON) {
				violations.add(new Violation("body", "حجم الطلب أكبر من المسموح", "the JSON body is larger than 5 MB"));
			}
			else if (body.length > 0) {
				try {
					walk(null, STRICT.readTree(body), violations);
				}
				catch (IOException malformed) {
					violations.add(new Violation("body", "تعذرت قراءة الطلب: JSON غير صحيح أو فيه مفتاح مكرر",
							"the body is not valid JSON (or repeats a key)"));
				}
			}
		}
		if (!violations.isEmpty()) {
			request.abortWith(EngineRestErrors.badRequest(new InvalidInputException(violations.subList(0, Math.min(5, violations.size())))));
		}
	}

	private static void walk(String name, JsonNode node, List<Violation> violations) {
		if (node.isObject()) {
			JsonNode value = node.get("value");
			JsonNode type = node.get("type");
			boolean stringVariable = value != null && value.isTextual() && (type == null || "String".equalsIgnoreCase(type.asText()));
			if (stringVariable && value.asText().length() > EdgeChecks.VARIABLE_LENGTH) {
				violations.add(new Violation(name == null ? "value" : name, "القيمة أطول من 4000 حرف",
						"a string value is longer than 4000 characters"));
			}
			JsonNode operator = node.get("operator");
			if (operator != null && "like".equalsIgnoreCase(operator.asText()) && value != null && value.isTextual()) {
				checkLike(name == null ? "value" : name, value.asText(), violations);
			}
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				JsonNode child = field.getValue();
				// a variable's "value" is reported under the variable's name
				String key = "value".equals(field.getKey()) && name != null ? name : field.getKey();
				if (child.isValueNode()) {
					check(key, child.isTextual() ? child.asText() : child.toString(), false, violations);
				}
				else {
					walk(field.getKey(), child, violations);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(item -> {
				if (item.isTextual()) {
					check(name, item.asText(), false, violations);
				}
				else {
					walk(name, item, violations);
				}
			});
		}
	}

	private static void check(String name, String value, boolean queryString, List<Violation> violations) {
		String field = name == null || name.length() > 60 ? "value" : name;
		if (ArabicText.hasControlCharacters(value) || ArabicText.hasControlCharacters(name)) {
			violations.add(EdgeChecks.controlCharacters(field, "الحقل " + field));
			return;
		}
		if (("firstResult".equals(name) || "maxResults".equals(name)) && value.startsWith("-")) {
			violations.add(new Violation(field, "رقم الصفحة وعدد النتائج لا يكونان سالبين",
					field + " must not be negative"));
		}
		if (name != null && name.toLowerCase().endsWith("like")) {
			checkLike(field, value, violations);
		}
		else if (queryString && value.contains("_like_")) {
			// processVariables=name_like_pattern in a query string
			checkLike(field, value.substring(value.indexOf("_like_") + 6), violations);
		}
	}

	/** The engine escapes LIKE with a backslash: one that escapes nothing (at the end, say) breaks the SQL. */
	private static void checkLike(String field, String pattern, List<Violation> violations) {
		for (int i = 0; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '\\') {
				char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
				if (next != '%' && next != '_' && next != '\\') {
					violations.add(new Violation(field, "نمط البحث غير صحيح: الشرطة المائلة العكسية \\ تسبق % أو _ أو \\ فقط",
							field + ": a backslash in a LIKE pattern must escape %, _ or \\"));
					return;
				}
				i++;
			}
		}
	}

	private static byte[] readAtMost(InputStream in) throws IOException {
		return in.readNBytes(MAX_JSON + 1);
	}

}
