package sa.org.hayaniyah.masar.outreach;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * On completing "زيارة الأسرة ميدانياً" (O4): the visit's date and what the researcher found are required.
 */
@Component
public class RecordFamilyVisitListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		if (FormValues.date(OutreachVariables.VISIT_DATE.get(task)) == null) {
			violations.add(new Violation("visitDate", "تاريخ الزيارة مطلوب", "visitDate is required"));
		}
		String findings = FormValues.text(OutreachVariables.VISIT_FINDINGS.get(task));
		if (findings == null || findings.length() < 5 || findings.length() > 2000) {
			violations.add(new Violation("visitFindings", "اكتب ما وجدته في زيارة الأسرة وما تحتاج إليه",
					"visitFindings are required (5 to 2000 characters)"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		// on this family's branch of the run, where "إقفال المتابعة" reads them
		OutreachVariables.FOLLOW_UP_OUTCOME.setLocal(task.getExecution(), "زيارة ميدانية في " + FormValues.date(OutreachVariables.VISIT_DATE.get(task)) + ": " + findings);
		OutreachVariables.VISITED_BY.setLocal(task.getExecution(), Actors.of(task));
	}

}
