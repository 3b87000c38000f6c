package sa.org.hayaniyah.masar.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * The delivery form (R7): what was delivered and when are required; a value, if given, is a non-negative number.
 */
final class ServiceDeliveryRules {

	private ServiceDeliveryRules() {
	}

	/** The form's values as submitted. */
	record Form(Object serviceDescription, Object serviceAmount, Object deliveredOn) {
	}

	record Delivered(String description, BigDecimal amount, LocalDate deliveredOn) {
	}

	static Delivered check(Form form) {
		List<Violation> violations = new ArrayList<>();
		Object description = form.serviceDescription();
		if (description == null || description.toString().isBlank()) {
			violations.add(new Violation("serviceDescription", "وصف الخدمة المقدمة مطلوب", "serviceDescription is required"));
		}
		LocalDate deliveredOn = FormValues.date(form.deliveredOn());
		if (deliveredOn == null) {
			violations.add(new Violation("deliveredOn", "تاريخ تقديم الخدمة مطلوب", "deliveredOn is required (yyyy-MM-dd)"));
		}
		Object amount = form.serviceAmount();
		BigDecimal value = FormValues.decimal(amount);
		if ((amount != null && value == null) || (value != null && value.signum() < 0)) {
			violations.add(new Violation("serviceAmount", "القيمة يجب أن تكون رقمًا غير سالب", "serviceAmount must be a non-negative number"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Delivered(description.toString().strip(), value, deliveredOn);
	}

}
