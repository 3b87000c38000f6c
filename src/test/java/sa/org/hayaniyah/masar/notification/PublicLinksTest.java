package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Public links come from the one setting {@code masar.public-base-url}, which the prod profile requires; that the
 * application binds and requires it is {@link PublicLinksProductionTest}'s (it starts the application).
 */
class PublicLinksTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://masar.hayaniyah.org.sa", "https://masar.hayaniyah.org.sa/", " https://masar.hayaniyah.org.sa// " })
	void joinsThePathWithExactlyOneSlash(String base) {
		assertThat(new PublicLinks(base).to("/survey.html?t=abc123")).isEqualTo("https://masar.hayaniyah.org.sa/survey.html?t=abc123");
	}

	@Test
	void keepsAPathPrefixOfTheBase() {
		assertThat(new PublicLinks("https://hayaniyah.org.sa/masar").to("/survey.html?t=x"))
			.isEqualTo("https://hayaniyah.org.sa/masar/survey.html?t=x");
	}

	@Test
	void refusesARelativePath() {
		assertThatThrownBy(() -> new PublicLinks("https://masar.hayaniyah.org.sa").to("survey.html"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
