package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationRoutingTest {

	private static final List<String> FALLBACK = List.of("SMS", "EMAIL", "LETTER");

	@ParameterizedTest(name = "preferred {0}, came by {1}, mobile {2}, e-mail {3} → {4}")
	@CsvSource(nullValues = "-", value = { "SMS, C1, +966551234567, a@b.sa, SMS", "EMAIL, C1, +966551234567, a@b.sa, EMAIL",
			"EMAIL, C1, +966551234567, -, SMS", "LETTER, C7, +966551234567, a@b.sa, LETTER", "-, C4, +966551234567, -, LETTER",
			"-, C2, +966551234567, -, SMS", "-, C2, -, a@b.sa, EMAIL", "-, C2, -, -, LETTER", "SMS, C2, ' ', -, LETTER" })
	void theApplicantsChoiceWhenWeCanThenTheirChannelThenTheFallbackOrder(String preferred, String came, String mobile,
			String email, String expected) {
		NotificationRouting.Route route = NotificationRouting.route(preferred, came, "فاطمة الحياني", mobile, email, FALLBACK);

		assertThat(route.channel()).isEqualTo(expected);
		assertThat(route.recipient()).isEqualTo(switch (expected) {
			case "SMS" -> mobile;
			case "EMAIL" -> email;
			default -> "فاطمة الحياني";
		});
	}

}
