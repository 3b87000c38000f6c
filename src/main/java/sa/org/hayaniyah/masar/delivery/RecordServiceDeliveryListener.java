package sa.org.hayaniyah.masar.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.registration.BeneficiaryRegistry;

/**
 * On completing "تقديم الخدمة" (R7): the delivery is recorded against the beneficiary's file.
 */
@Component
public class RecordServiceDeliveryListener implements TaskListener {

	private final ServiceDeliveries deliveries;

	private final BeneficiaryRegistry registry;

	RecordServiceDeliveryListener(ServiceDeliveries deliveries, BeneficiaryRegistry registry) {
		this.deliveries = deliveries;
		this.registry = registry;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		Object description = JourneyVariables.SERVICE_DESCRIPTION.get(task);
		if (description == null || description.toString().isBlank()) {
			violations.add(new Violation("serviceDescription", "وصف الخدمة المقدمة مطلوب", "serviceDescription is required"));
		}
		LocalDate deliveredOn = FormValues.date(JourneyVariables.DELIVERED_ON.get(task));
		if (deliveredOn == null) {
			violations.add(new Violation("deliveredOn", "تاريخ تقديم الخدمة مطلوب", "deliveredOn is required (yyyy-MM-dd)"));
		}
		Object amount = JourneyVariables.SERVICE_AMOUNT.get(task);
		BigDecimal value = FormValues.decimal(amount);
		if ((amount != null && value == null) || (value != null && value.signum() < 0)) {
			violations.add(new Violation("serviceAmount", "القيمة يجب أن تكون رقمًا غير سالب", "serviceAmount must be a non-negative number"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		long requestId = JourneyVariables.SUPPORT_REQUEST_ID.get(task);
		// the file is the one registered for this approved request, never a process variable someone could have set
		String fileNumber = registry.registeredFor(requestId)
			.map(BeneficiaryRegistry.Beneficiary::fileNumber)
			.orElseThrow(() -> new BadUserRequestException("لا تُقدَّم خدمة لطلب ليس له ملف مستفيد مسجّل بقرار اعتماد / request "
					+ requestId + " has no registered beneficiary file: no service delivery"));
		deliveries.record(requestId, new ServiceDeliveries.Delivery(fileNumber, description.toString().strip(), value,
				deliveredOn, Actors.of(task)));
	}

}
