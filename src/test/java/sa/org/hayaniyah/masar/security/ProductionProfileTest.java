package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import sa.org.hayaniyah.masar.MasarApplication;

/**
 * The prod profile refuses to start without a proper first administrator, and on a database that still holds demo
 * accounts (a database once used by another profile).
 */
@Tag("application") // starts the application: ./mvnw verify, not the fast tier
class ProductionProfileTest {

	private static final String STRONG = "Rawda#2026-Majlis!";

	/** As an operator starts it: settings given on the command line (as the environment would). */
	private static ConfigurableApplicationContext start(String profile, String database, String... settings) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
				"--server.port=0", "--spring.datasource.username=sa", "--spring.datasource.password=", "--camunda.bpm.job-execution.enabled=false",
				"--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true", "--masar.public-base-url=https://masar.example.org"));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(MasarApplication.class).profiles(profile)
			.web(WebApplicationType.SERVLET)
			.run(args.toArray(String[]::new));
	}

	private static void startProduction(String database, String adminId, String adminPassword) {
		start("prod", database, "--masar.admin.id=" + adminId, "--masar.admin.password=" + adminPassword).close();
	}

	private static String database() {
		return "prod-check-" + System.nanoTime();
	}

	@Test
	void refusesToStartWithTheDemoPassword() {
		assertThatThrownBy(() -> startProduction(database(), "chief", "masar-demo")).rootCause()
			.hasMessageContaining("Refusing to start: MASAR_ADMIN_PASSWORD is not acceptable")
			.hasMessageContaining("default password");
	}

	@Test
	void refusesToStartWithAWeakPassword() {
		assertThatThrownBy(() -> startProduction(database(), "chief", "chief123")).rootCause()
			.hasMessageContaining("shorter than 12 characters");
	}

	@Test
	void refusesToStartWithoutAnAdministrator() {
		assertThatThrownBy(() -> startProduction(database(), "", "")).rootCause().hasMessageContaining("set MASAR_ADMIN_ID");
	}

	@Test
	void refusesToStartOnADatabaseThatTheDemoProfileUsed() {
		String database = database();
		start("default", database).close();

		assertThatThrownBy(() -> startProduction(database, "chief", STRONG)).rootCause()
			.hasMessageContaining("Refusing to start: demo accounts")
			.hasMessageContaining("reception1")
			.hasMessageContaining("admin")
			.hasMessageContaining("Camunda Admin");
	}

	/** The administrator of an earlier installation, made with MASAR_ADMIN_ID=admin and the published password. */
	@Test
	void refusesToStartWhileAnAdministratorHasThePublishedDemoPassword() {
		String database = database();
		start("local", database, "--masar.admin.id=admin", "--masar.admin.password=masar-demo").close();

		assertThatThrownBy(() -> startProduction(database, "chief", STRONG)).rootCause()
			.hasMessageContaining("Refusing to start: demo accounts")
			.hasMessageContaining("admin (published default password)")
			.hasMessageNotContaining("chief");
	}

	@Test
	void startsOnAFreshDatabaseWithOnlyItsAdministrator() {
		try (ConfigurableApplicationContext production = start("prod", database(), "--masar.admin.id=chief",
				"--masar.admin.password=" + STRONG)) {
			IdentityService identityService = production.getBean(IdentityService.class);
			assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("chief");
			assertThat(identityService.createUserQuery().memberOfGroup(Roles.ADMINS).singleResult().getId()).isEqualTo("chief");
		}
	}

}
