package sa.org.hayaniyah.masar.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The analysts' resources ({@code processes/*.bpmn|dmn}, {@code forms/*.form}) and which of them must be deployed.
 * <p>
 * A process and the forms it references are one unit: with {@code camunda:formRefBinding="deployment"} a running case
 * keeps the form version it started with, but that needs the forms in the process's own deployment. Camunda's
 * "deploy changed only" would deploy a changed BPMN without its forms and break them, so a changed process is
 * deployed with its forms, and a changed form with every process that references it. Unchanged processes keep
 * their version.
 */
final class ProcessResources {

	private static final Pattern FORM_REF = Pattern.compile("formRef=\"([^\"$]+)\"");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, byte[]> resources;

	ProcessResources(Map<String, byte[]> resources) {
		this.resources = new TreeMap<>(resources);
	}

	Map<String, byte[]> all() {
		return resources;
	}

	/** Resource names to deploy, given the latest deployed content of each name. */
	Set<String> toDeploy(Map<String, byte[]> deployed) {
		Set<String> changed = new LinkedHashSet<>();
		resources.forEach((name, content) -> {
			if (!Arrays.equals(content, deployed.get(name))) {
				changed.add(name);
			}
		});
		Map<String, String> formResourceById = formResourcesById();
		Set<String> result = new LinkedHashSet<>(changed);
		for (String name : resources.keySet()) {
			if (!name.endsWith(".bpmn")) {
				continue;
			}
			Set<String> forms = new LinkedHashSet<>();
			for (String formId : formRefs(name)) {
				String formResource = formResourceById.get(formId);
				if (formResource == null) {
					throw new IllegalStateException(name + " references form '" + formId + "' which is not in forms/");
				}
				forms.add(formResource);
			}
			if (changed.contains(name) || forms.stream().anyMatch(changed::contains)) {
				result.add(name);
				result.addAll(forms);
			}
		}
		return result;
	}

	InputStream open(String name) {
		return new ByteArrayInputStream(resources.get(name));
	}

	private Set<String> formRefs(String bpmnName) {
		Set<String> refs = new LinkedHashSet<>();
		Matcher m = FORM_REF.matcher(new String(resources.get(bpmnName), StandardCharsets.UTF_8));
		while (m.find()) {
			refs.add(m.group(1));
		}
		return refs;
	}

	private Map<String, String> formResourcesById() {
		Map<String, String> byId = new HashMap<>();
		resources.forEach((name, content) -> {
			if (name.endsWith(".form")) {
				try {
					byId.put(JSON.readTree(content).path("id").asText(), name);
				}
				catch (IOException e) {
					throw new IllegalStateException(name + " is not valid JSON: " + e.getMessage(), e);
				}
			}
		});
		return byId;
	}

	/** Parses every BPMN so a broken file stops the start with its name, before anything is deployed. */
	void validate() {
		resources.keySet().stream().filter(n -> n.endsWith(".bpmn")).forEach(name -> {
			BpmnModelInstance model = Bpmn.readModelFromStream(open(name));
			Bpmn.validateModel(model);
		});
	}

}
