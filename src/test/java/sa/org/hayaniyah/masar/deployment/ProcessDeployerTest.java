package sa.org.hayaniyah.masar.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;

/**
 * What analysts rely on: the files of processes/ and forms/ are what runs, forms resolve, and a restart after an
 * edit creates a new version of what changed only.
 */
@MasarIntegrationTest
class ProcessDeployerTest extends DatabaseTestSupport {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FormService formService;

	@Autowired
	ProcessDeployer deployer;

	@Test
	void everyFileOfProcessesAndFormsIsDeployedUnderItsOwnName() throws IOException {
		ProcessDefinition journey = latest("beneficiary-journey");
		List<String> deployed = repositoryService.getDeploymentResourceNames(journey.getDeploymentId());
		assertThat(deployed).containsAll(files());
	}

	@Test
	void everyFormOfTheJourneyResolvesInItsDeployment() throws IOException {
		ProcessDefinition journey = latest("beneficiary-journey");
		assertThat(formService.getDeployedStartForm(journey.getId())).isNotNull();
		String bpmn = Files.readString(Path.of("processes/beneficiary-journey.bpmn"), StandardCharsets.UTF_8);
		List<String> formIds = new ArrayList<>();
		for (String name : repositoryService.getDeploymentResourceNames(journey.getDeploymentId())) {
			if (name.endsWith(".form")) {
				String json = new String(repositoryService.getResourceAsStream(journey.getDeploymentId(), name).readAllBytes(),
						StandardCharsets.UTF_8);
				formIds.add(json.replaceAll("(?s).*\"id\"\\s*:\\s*\"(form-[a-z-]+)\".*", "$1"));
			}
		}
		Matcher refs = Pattern.compile("formRef=\"([^\"]+)\"").matcher(bpmn);
		while (refs.find()) {
			assertThat(formIds).as("form %s in the journey's deployment", refs.group(1)).contains(refs.group(1));
		}
	}

	@Test
	void aRestartDeploysOnlyWhatChangedAndFormsFollowTheirProcess() throws IOException {
		Map<String, byte[]> files = current();
		assertThat(deployer.deploy(new ProcessResources(files))).as("nothing changed").isNull();
		int journeyVersion = latest("beneficiary-journey").getVersion();

		files.put("forms/probe.form", bytes("{\"components\":[],\"type\":\"default\",\"id\":\"form-probe\",\"schemaVersion\":16}"));
		files.put("processes/probe.bpmn", bytes(probe("v1")));
		deployer.deploy(new ProcessResources(files));
		int probeVersion = latest("probe").getVersion();

		files.put("processes/probe.bpmn", bytes(probe("v2")));
		Deployment edited = deployer.deploy(new ProcessResources(files));
		assertThat(repositoryService.getDeploymentResourceNames(edited.getId()))
			.containsExactlyInAnyOrder("processes/probe.bpmn", "forms/probe.form");
		ProcessDefinition probe = latest("probe");
		assertThat(probe.getVersion()).isEqualTo(probeVersion + 1);
		assertThat(formService.getDeployedStartForm(probe.getId())).as("the form resolves in the new version").isNotNull();
		assertThat(latest("beneficiary-journey").getVersion()).as("the unchanged journey keeps its version")
			.isEqualTo(journeyVersion);
	}

	private ProcessDefinition latest(String key) {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

	private static List<String> files() throws IOException {
		return current().keySet().stream().sorted().toList();
	}

	private static Map<String, byte[]> current() throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		for (String folder : List.of("processes", "forms")) {
			try (Stream<Path> paths = Files.list(Path.of(folder))) {
				for (Path p : paths.toList()) {
					files.put(folder + "/" + p.getFileName(), Files.readAllBytes(p));
				}
			}
		}
		return files;
	}

	private static String probe(String name) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
				  <bpmn:process id="probe" name="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="s" camunda:formRef="form-probe" camunda:formRefBinding="deployment" />
				  </bpmn:process>
				</bpmn:definitions>""".formatted(name);
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
