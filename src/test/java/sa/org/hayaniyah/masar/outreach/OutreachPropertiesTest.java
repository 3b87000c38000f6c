package sa.org.hayaniyah.masar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutreachPropertiesTest {

	private static final String CYCLE = "0 0 6 * * ?";

	private static final Duration ID_EXPIRY_WINDOW = Duration.ofDays(30);

	private static final Duration SUPPORT_PERIOD = Duration.ofDays(365);

	private static final Duration RENEWAL_WINDOW = Duration.ofDays(30);

	private static final Duration NO_CONTACT_PERIOD = Duration.ofDays(180);

	private static final Duration UNDELIVERED_AFTER = Duration.ofDays(14);

	@Test
	void acceptsADailyCycleAndPositivePeriods() {
		OutreachProperties outreach = new OutreachProperties(CYCLE, ID_EXPIRY_WINDOW, SUPPORT_PERIOD, RENEWAL_WINDOW,
				NO_CONTACT_PERIOD, UNDELIVERED_AFTER);

		assertThat(outreach.cycle()).isEqualTo("0 0 6 * * ?");
		assertThat(outreach.idExpiryWindow()).isEqualTo(Duration.parse("P30D"));
		assertThat(outreach.supportPeriod()).isEqualTo(Duration.parse("P365D"));
		assertThat(outreach.renewalWindow()).isEqualTo(Duration.parse("P30D"));
		assertThat(outreach.noContactPeriod()).isEqualTo(Duration.parse("P180D"));
		assertThat(outreach.undeliveredAfter()).isEqualTo(Duration.parse("P14D"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void refusesABlankCycle(String cycle) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutreachProperties(cycle, ID_EXPIRY_WINDOW, SUPPORT_PERIOD, RENEWAL_WINDOW,
					NO_CONTACT_PERIOD, UNDELIVERED_AFTER))
			.withMessageContaining("masar.outreach.cycle");
	}

	@ParameterizedTest(name = "{0} = {2}")
	@MethodSource("nonPositivePeriods")
	void refusesANonPositivePeriodNamingItsProperty(String property, Function<Duration, OutreachProperties> withPeriod,
			Duration value) {
		assertThatIllegalArgumentException().isThrownBy(() -> withPeriod.apply(value))
			.withMessageStartingWith(property);
	}

	static Stream<Arguments> nonPositivePeriods() {
		Map<String, Function<Duration, OutreachProperties>> properties = new LinkedHashMap<>();
		properties.put("masar.outreach.id-expiry-window", d -> new OutreachProperties(CYCLE, d, SUPPORT_PERIOD,
				RENEWAL_WINDOW, NO_CONTACT_PERIOD, UNDELIVERED_AFTER));
		properties.put("masar.outreach.support-period", d -> new OutreachProperties(CYCLE, ID_EXPIRY_WINDOW, d,
				RENEWAL_WINDOW, NO_CONTACT_PERIOD, UNDELIVERED_AFTER));
		properties.put("masar.outreach.renewal-window", d -> new OutreachProperties(CYCLE, ID_EXPIRY_WINDOW,
				SUPPORT_PERIOD, d, NO_CONTACT_PERIOD, UNDELIVERED_AFTER));
		properties.put("masar.outreach.no-contact-period", d -> new OutreachProperties(CYCLE, ID_EXPIRY_WINDOW,
				SUPPORT_PERIOD, RENEWAL_WINDOW, d, UNDELIVERED_AFTER));
		properties.put("masar.outreach.undelivered-after", d -> new OutreachProperties(CYCLE, ID_EXPIRY_WINDOW,
				SUPPORT_PERIOD, RENEWAL_WINDOW, NO_CONTACT_PERIOD, d));
		return properties.entrySet()
			.stream()
			.flatMap(property -> Stream.of(null, Duration.ZERO, Duration.ofDays(-1))
				.map(value -> Arguments.of(property.getKey(), property.getValue(), value)));
	}

}
