package sa.org.hayaniyah.masar.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Arabic label of every code a variable or a report holds, by variable name: first the options of the selects,
 * radios and checklists in {@code forms/} (what staff chose from), then the codes no form offers (the online
 * channels, the committee's outcome, a request's status, what a survey is about). Reports and Cockpit show these
 * instead of codes.
 */
@Component
public class CodeLabels {

	/** Codes no form offers, in the policy's words. */
	private static final Map<String, Map<String, String>> NOT_IN_FORMS = Map.of(
			"channel", Map.of("C1", "المقابلة", "C2", "الاتصالات الهاتفية", "C3", "وسائل التواصل الاجتماعي", "C4", "الخطابات",
					"C5", "خدمات طلب المساعدة", "C6", "خدمة التطوع", "C7", "الموقع الإلكتروني للجمعية", "C8", "مناديب المكاتب الفرعية"),
			"committeeOutcome", Map.of("APPROVED", "قبول الطلب", "REJECTED", "رفض الطلب", "RETURNED", "إعادة للبحث",
					"UNDECIDED", "لم يُحسم (تعادل أو نقص النصاب)"),
			"status", Map.of("OPEN", "مفتوح", "CLOSED_INCOMPLETE", "أُغلق لعدم اكتمال البيانات", "REJECTED", "مرفوض", "SERVED",
					"قُدّمت الخدمة", "PENDING", "بانتظار الإجابة", "ANSWERED", "أُجيب", "NO_ANSWER", "أُغلق دون إجابة"),
			"surveySubject", Map.of("SERVICE", "الخدمة المقدمة", "REJECTION", "قرار الرفض", "INQUIRY", "الرد على الاستفسار"),
			// a survey's service is the support type, or INQUIRY for an answered inquiry
			"service", Map.of("INQUIRY", "الرد على استفسار"),
			"recordedHow", Map.of("ONLINE", "عبر الرابط", "PHONE", "هاتفيًا", "IN_PERSON", "حضوريًا"),
			// why a service-recovery case opened (O6)
			"recoveryReason", Map.of("LOW_SCORE", "تقييم منخفض", "COMPLAINT", "شكوى في الملاحظات"));

	/** Variables that hold the same codes as another one. */
	private static final Map<String, String> SAME_AS = Map.of("service", "supportType", "outcome", "committeeOutcome",
			"requestChannel", "channel");

	private final Map<String, Map<String, String>> labels;

	public CodeLabels() {
		this(readForms());
	}

	CodeLabels(Map<String, Map<String, String>> fromForms) {
		Map<String, Map<String, String>> all = new TreeMap<>();
		fromForms.forEach((field, codes) -> all.put(field, new LinkedHashMap<>(codes)));
		NOT_IN_FORMS.forEach((field, codes) -> codes.forEach(
				(code, label) -> all.computeIfAbsent(field, f -> new LinkedHashMap<>()).putIfAbsent(code, label)));
		SAME_AS.forEach((field, source) -> all.computeIfAbsent(field, f -> new LinkedHashMap<>())
			.putAll(Map.copyOf(all.getOrDefault(source, Map.of()))));
		all.replaceAll((field, codes) -> Map.copyOf(codes));
		this.labels = Map.copyOf(all);
	}

	/** Every field's codes and their labels. */
	public Map<String, Map<String, String>> all() {
		return labels;
	}

	/** The label of {@code code} in {@code field}; the code itself when none is known, so nothing is hidden. */
	public String label(String field, String code) {
		if (code == null) {
			return null;
		}
		return labels.getOrDefault(field, Map.of()).getOrDefault(code, code);
	}

	private static Map<String, Map<String, String>> readForms() {
		ObjectMapper json = new ObjectMapper();
		Map<String, Map<String, String>> fields = new TreeMap<>();
		try {
			Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
			// one order whatever the class path's: the first form (by name) to label a code wins
			Arrays.sort(forms, Comparator.comparing(Resource::getFilename));
			for (Resource form : forms) {
				try (InputStream in = form.getInputStream()) {
					collect(json.readTree(in), fields);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("forms/ could not be read for their labels", e);
		}
		return fields;
	}

	private static void collect(JsonNode component, Map<String, Map<String, String>> fields) {
		JsonNode values = component.path("values");
		if (values.isArray() && component.hasNonNull("key")) {
			Map<String, String> codes = fields.computeIfAbsent(component.get("key").asText(), k -> new LinkedHashMap<>());
			values.forEach(v -> codes.putIfAbsent(v.path("value").asText(), v.path("label").asText()));
		}
		component.path("components").forEach(child -> collect(child, fields));
	}

}
