package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import sa.org.hayaniyah.masar.MasarApplication;

/**
 * The prod profile refuses to start without a proper first administrator.
 */
class ProductionProfileTest {

	/** As an operator starts it: profile prod, settings given on the command line (as the environment would). */
	private static void startProduction(String adminId, String adminPassword) {
		new SpringApplicationBuilder(MasarApplication.class).profiles("prod")
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:prod-check-" + System.nanoTime(), "--spring.datasource.username=sa",
					"--spring.datasource.password=", "--camunda.bpm.job-execution.enabled=false",
					"--camunda.bpm.generate-unique-process-engine-name=true", "--masar.admin.id=" + adminId,
					"--masar.admin.password=" + adminPassword)
			.close();
	}

	@Test
	void refusesToStartWithTheDemoPassword() {
		assertThatThrownBy(() -> startProduction("chief", "masar-demo")).rootCause()
			.hasMessageContaining("Refusing to start: MASAR_ADMIN_PASSWORD is not acceptable")
			.hasMessageContaining("default password");
	}

	@Test
	void refusesToStartWithAWeakPassword() {
		assertThatThrownBy(() -> startProduction("chief", "chief123")).rootCause()
			.hasMessageContaining("shorter than 12 characters");
	}

	@Test
	void refusesToStartWithoutAnAdministrator() {
		assertThatThrownBy(() -> startProduction("", "")).rootCause().hasMessageContaining("set MASAR_ADMIN_ID");
	}

}
