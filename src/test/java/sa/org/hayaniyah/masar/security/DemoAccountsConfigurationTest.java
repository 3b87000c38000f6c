package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * Where the published demo password may appear, and how Docker runs Masar: read from the files as shipped.
 */
class DemoAccountsConfigurationTest {

	private static final String DEMO_PASSWORD = "masar-" + "demo";

	@Test
	void theLocalDefaultProfileHasADemoUserForEveryRole() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("default",
				new ClassPathResource("application-default.yaml"))) {
			environment.getPropertySources().addLast(source);
		}
		DemoUsersProperties demo = new Binder(ConfigurationPropertySources.get(environment))
			.bind("masar.demo", DemoUsersProperties.class)
			.get();
		assertThat(demo.enabled()).isTrue();
		assertThat(demo.users().stream().flatMap(u -> u.groups().stream())).containsAll(Roles.ARABIC_NAMES.keySet());
	}

	@Test
	void thePublishedDemoPasswordIsInNoOtherProfile() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			List<Path> others = files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml"))
				.filter(f -> !f.getFileName().toString().equals("application-default.yaml"))
				.toList();
			assertThat(others).isNotEmpty();
			for (Path file : others) {
				assertThat(Files.readString(file)).as(file.toString()).doesNotContain(DEMO_PASSWORD).doesNotContain("demo:\n    enabled: true");
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void composeRunsTheProdProfileWithSecretsFromAnEnvFile() throws IOException {
		Map<String, Object> compose;
		try (InputStream in = Files.newInputStream(Path.of("docker/compose.yaml"))) {
			compose = new Yaml().load(in);
		}
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		Map<String, Object> app = services.get("app");
		assertThat(((Map<String, Object>) app.get("environment")).get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
		assertThat(String.valueOf(app.get("env_file"))).as("the application reads its secrets from .env").contains("path=.env");
		Map<String, Object> database = (Map<String, Object>) services.get("db").get("environment");
		assertThat(String.valueOf(database.get("POSTGRES_PASSWORD"))).as("required from .env").startsWith("${MASAR_DB_PASSWORD:?");
		String text = Files.readString(Path.of("docker/compose.yaml"));
		assertThat(text).as("no default for any setting: a missing secret stops compose").doesNotContain(":-").doesNotContain("-}");

		Path example = Path.of("docker/.env.example");
		String settings = Files.readString(example);
		assertThat(settings).contains("MASAR_ADMIN_ID=").contains("MASAR_ADMIN_PASSWORD=").contains("MASAR_DB_PASSWORD=");
		assertThat(settings.lines().filter(l -> l.matches("MASAR_(ADMIN|DB)_PASSWORD=.+"))).as("no secret values committed")
			.isEmpty();
		assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("docker/.env");
		assertThat(Files.readString(Path.of("docker/Dockerfile"))).contains("SPRING_PROFILES_ACTIVE=prod");
		try (Stream<Path> docker = Files.walk(Path.of("docker"))) {
			for (Path file : docker.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(file)).as(file.toString()).doesNotContain(DEMO_PASSWORD);
			}
		}
	}

}
