package sa.org.hayaniyah.masar.delivery;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveryRules.Delivered;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveryRules.Form;
import sa.org.hayaniyah.masar.registration.BeneficiaryRegistry;

/**
 * On completing "تقديم الخدمة" (R7): the form is checked ({@link ServiceDeliveryRules}) and the delivery recorded
 * against the beneficiary's file.
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
		Delivered delivered = ServiceDeliveryRules.check(new Form(JourneyVariables.SERVICE_DESCRIPTION.get(task),
				JourneyVariables.SERVICE_AMOUNT.get(task), JourneyVariables.DELIVERED_ON.get(task)));
		long requestId = JourneyVariables.SUPPORT_REQUEST_ID.get(task);
		// the file is the one registered for this approved request, never a process variable someone could have set
		String fileNumber = registry.registeredFor(requestId)
			.map(BeneficiaryRegistry.Beneficiary::fileNumber)
			.orElseThrow(() -> new BadUserRequestException("لا تُقدَّم خدمة لطلب ليس له ملف مستفيد مسجّل بقرار اعتماد / request "
					+ requestId + " has no registered beneficiary file: no service delivery"));
		deliveries.record(requestId, new ServiceDeliveries.Delivery(fileNumber, delivered.description(), delivered.amount(),
				delivered.deliveredOn(), Actors.of(task)));
	}

}
