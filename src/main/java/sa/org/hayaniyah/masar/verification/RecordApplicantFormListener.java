package sa.org.hayaniyah.masar.verification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;

/**
 * On completing a task with the support request form: remembers who entered the data and checked the documents,
 * because verification itself runs later as a job, without a logged-in user.
 */
@Component
public class RecordApplicantFormListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		task.setVariable("applicantDataRecordedBy", Actors.of(task));
	}

}
