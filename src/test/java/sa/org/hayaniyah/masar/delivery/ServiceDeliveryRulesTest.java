package sa.org.hayaniyah.masar.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveryRules.Delivered;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveryRules.Form;

class ServiceDeliveryRulesTest {

	@Test
	void whatAndWhenAreRequiredAndAValueIsANonNegativeNumber() {
		assertThatThrownBy(() -> ServiceDeliveryRules.check(new Form("", "ثلاثمئة", "غدًا")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(InvalidInputException.Violation::field)
				.containsExactly("serviceDescription", "deliveredOn", "serviceAmount"));
		assertThatThrownBy(() -> ServiceDeliveryRules.check(new Form("سلة غذائية", -5, "2026-11-30")))
			.hasMessageContaining("serviceAmount");
	}

	@Test
	void aDeliveryWithoutAValueIsRecorded() {
		Delivered delivered = ServiceDeliveryRules.check(new Form("  سلة غذائية شهرية ", null, "2026-11-30"));
		assertThat(delivered.description()).isEqualTo("سلة غذائية شهرية");
		assertThat(delivered.amount()).isNull();
		assertThat(delivered.deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

}
