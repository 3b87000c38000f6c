package sa.org.hayaniyah.masar.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * After "الاعتذار للمتقدم عن تأخر الرد": the breach records that the applicant was apologised to (R5).
 */
@Component
public class RecordApologySentListener implements ExecutionListener {

	private final SlaBreaches breaches;

	RecordApologySentListener(SlaBreaches breaches) {
		this.breaches = breaches;
	}

	@Override
	public void notify(DelegateExecution execution) {
		breaches.recordApologySent(JourneyVariables.SUPPORT_REQUEST_ID.get(execution));
	}

}
