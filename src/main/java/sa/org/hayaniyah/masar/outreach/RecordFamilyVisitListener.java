package sa.org.hayaniyah.masar.outreach;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.outreach.FamilyVisitRules.Form;
import sa.org.hayaniyah.masar.outreach.FamilyVisitRules.Visit;

/**
 * On completing "زيارة الأسرة ميدانياً" (O4): the form is checked ({@link FamilyVisitRules}) and the visit becomes
 * the follow-up's outcome.
 */
@Component
class RecordFamilyVisitListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Visit visit = FamilyVisitRules.check(new Form(OutreachVariables.VISIT_DATE.get(task),
				OutreachVariables.VISIT_FINDINGS.get(task)));
		// on this family's branch of the run, where "إقفال المتابعة" reads them
		OutreachVariables.FOLLOW_UP_OUTCOME.setLocal(task.getExecution(), visit.outcome());
		OutreachVariables.VISITED_BY.setLocal(task.getExecution(), Actors.of(task));
	}

}
