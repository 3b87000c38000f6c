package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import sa.org.hayaniyah.masar.MasarApplication;

/**
 * The prod profile requires {@code masar.public-base-url} and the setting binds with its validation. These start the
 * application (or a Spring context), so they run in {@code ./mvnw verify}; {@link PublicLinksTest} is the fast part.
 */
@Tag("application")
class PublicLinksProductionTest {

	/** As an operator starts it: profile prod, a proper administrator, the settings given on the command line. */
	private static void startProduction(String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:prod-links-" + System.nanoTime(),
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--camunda.bpm.job-execution.enabled=false",
				"--camunda.bpm.generate-unique-process-engine-name=true", "--masar.admin.id=operator7",
				"--masar.admin.password=Qasr#Nakheel-2026-Tamr"));
		args.addAll(List.of(more));
		new SpringApplicationBuilder(MasarApplication.class).profiles("prod")
			.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new))
			.close();
	}

	@Test
	void productionRefusesToStartWithoutThePublicAddress() {
		assertThat(System.getenv("MASAR_PUBLIC_BASE_URL")).as("this test needs the variable unset").isNull();
		assertThatThrownBy(PublicLinksProductionTest::startProduction).hasStackTraceContaining("set MASAR_PUBLIC_BASE_URL")
			.hasStackTraceContaining("${MASAR_PUBLIC_BASE_URL}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "masar.hayaniyah.org.sa", "https://masar.hayaniyah.org.sa/?a=b" })
	void productionRefusesAnAddressThatIsNotAnAbsoluteWebAddress(String address) {
		assertThatThrownBy(() -> startProduction("--masar.public-base-url=" + address)).hasStackTraceContaining(
				"set MASAR_PUBLIC_BASE_URL (masar.public-base-url) to the absolute http(s) address");
	}

	@Test
	void aProperAddressBindsAndBuildsTheLinks() {
		new ApplicationContextRunner().withUserConfiguration(Binding.class)
			.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withPropertyValues("masar.public-base-url=https://masar.hayaniyah.org.sa/")
			.run(context -> assertThat(context.getBean(PublicLinks.class).to("/survey.html?t=x"))
				.isEqualTo("https://masar.hayaniyah.org.sa/survey.html?t=x"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PublicLinks.class)
	static class Binding {
	}

}
