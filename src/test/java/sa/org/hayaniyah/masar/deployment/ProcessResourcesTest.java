package sa.org.hayaniyah.masar.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessResourcesTest {

	private final Map<String, byte[]> files = new HashMap<>();

	ProcessResourcesTest() {
		files.put("processes/a.bpmn", bytes("<x camunda:formRef=\"form-a\" /><y camunda:formRef=\"form-shared\" />"));
		files.put("processes/b.bpmn", bytes("<x camunda:formRef=\"form-b\" />"));
		files.put("processes/rules.dmn", bytes("<dmn/>"));
		files.put("forms/a.form", bytes("{\"id\":\"form-a\"}"));
		files.put("forms/b.form", bytes("{\"id\":\"form-b\"}"));
		files.put("forms/shared.form", bytes("{\"id\":\"form-shared\"}"));
	}

	@Test
	void firstStartDeploysEverything() {
		assertThat(new ProcessResources(files).toDeploy(Map.of())).containsExactlyInAnyOrderElementsOf(files.keySet());
	}

	@Test
	void unchangedResourcesAreNotDeployedAgain() {
		assertThat(new ProcessResources(files).toDeploy(new HashMap<>(files))).isEmpty();
	}

	@Test
	void aChangedProcessIsDeployedWithItsFormsOnly() {
		Map<String, byte[]> deployed = new HashMap<>(files);
		deployed.put("processes/a.bpmn", bytes("<old/>"));
		assertThat(new ProcessResources(files).toDeploy(deployed))
			.containsExactlyInAnyOrder("processes/a.bpmn", "forms/a.form", "forms/shared.form");
	}

	@Test
	void aChangedFormRedeploysEveryProcessThatUsesIt() {
		Map<String, byte[]> deployed = new HashMap<>(files);
		deployed.put("forms/b.form", bytes("{\"id\":\"form-b\",\"old\":true}"));
		assertThat(new ProcessResources(files).toDeploy(deployed)).containsExactlyInAnyOrder("processes/b.bpmn", "forms/b.form");
	}

	@Test
	void aChangedDecisionTableIsDeployedAlone() {
		Map<String, byte[]> deployed = new HashMap<>(files);
		deployed.put("processes/rules.dmn", bytes("<old/>"));
		assertThat(new ProcessResources(files).toDeploy(deployed)).containsExactly("processes/rules.dmn");
	}

	@Test
	void aFormRefWithoutItsFormStopsTheStart() {
		files.remove("forms/b.form");
		assertThatThrownBy(() -> new ProcessResources(files).toDeploy(Map.of()))
			.hasMessageContaining("processes/b.bpmn references form 'form-b'");
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
