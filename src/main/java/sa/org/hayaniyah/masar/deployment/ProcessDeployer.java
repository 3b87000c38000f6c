package sa.org.hayaniyah.masar.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} (packed into the application by the pom) at start-up: what changed
 * since the last deployment gets a new version, the rest keeps its own. Runs before the web server opens.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

	static final String DEPLOYMENT_NAME = "masar";

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

	private final RepositoryService repositoryService;

	ProcessDeployer(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void afterSingletonsInstantiated() {
		deploy(load());
	}

	Deployment deploy(ProcessResources resources) {
		resources.validate();
		Set<String> names = resources.toDeploy(latestDeployed());
		if (names.isEmpty()) {
			log.info("Processes and forms unchanged: nothing to deploy");
			return null;
		}
		DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
		names.forEach(name -> builder.addInputStream(name, resources.open(name)));
		Deployment deployment = builder.deploy();
		log.info("Deployed {} as deployment {}", names, deployment.getId());
		return deployment;
	}

	/** The newest deployed content of every resource name of our deployments. */
	private Map<String, byte[]> latestDeployed() {
		Map<String, byte[]> latest = new HashMap<>();
		List<Deployment> deployments = repositoryService.createDeploymentQuery()
			.deploymentName(DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.list();
		for (Deployment deployment : deployments) {
			for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
				if (!latest.containsKey(name)) {
					try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), name)) {
						latest.put(name, in.readAllBytes());
					}
					catch (IOException e) {
						throw new IllegalStateException("Cannot read deployed resource " + name, e);
					}
				}
			}
		}
		return latest;
	}

	private static ProcessResources load() {
		Map<String, byte[]> resources = new HashMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : List.of("processes/*.bpmn", "processes/*.dmn", "forms/*.form")) {
			String folder = pattern.substring(0, pattern.indexOf('/'));
			try {
				for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
					try (InputStream in = resource.getInputStream()) {
						resources.put(folder + "/" + resource.getFilename(), in.readAllBytes());
					}
				}
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot read " + pattern, e);
			}
		}
		if (resources.keySet().stream().noneMatch(n -> n.endsWith(".bpmn"))) {
			throw new IllegalStateException("No BPMN found under processes/: the application would have nothing to run");
		}
		return new ProcessResources(resources);
	}

}
