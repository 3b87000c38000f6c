package sa.org.hayaniyah.masar.research;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.research.SocialResearchRules.Form;
import sa.org.hayaniyah.masar.research.SocialResearchRules.Research;

/**
 * On completing "إجراء البحث الاجتماعي" (O4): the form is checked ({@link SocialResearchRules}) and the research
 * recorded; an income the researcher verified replaces the recorded one.
 */
@Component
public class RecordSocialResearchListener implements TaskListener {

	private final SocialResearches researches;

	private final SupportRequests supportRequests;

	RecordSocialResearchListener(SocialResearches researches, SupportRequests supportRequests) {
		this.researches = researches;
		this.supportRequests = supportRequests;
	}

	@Override
	public void notify(DelegateTask task) {
		Research research = SocialResearchRules.check(new Form(JourneyVariables.RESEARCH_FINDINGS.get(task),
				JourneyVariables.RESEARCH_RECOMMENDATION.get(task), JourneyVariables.FIELD_VISIT_REQUIRED.get(task),
				JourneyVariables.VISIT_DATE.get(task), JourneyVariables.VISIT_LOCATION.get(task),
				JourneyVariables.VERIFIED_MONTHLY_INCOME.get(task)));
		long requestId = JourneyVariables.SUPPORT_REQUEST_ID.get(task);
		if (research.correctsIncome(JourneyVariables.MONTHLY_INCOME.get(task))) {
			// the record follows the research, and the declaration must be renewed
			supportRequests.correctMonthlyIncome(requestId, research.verifiedIncome());
			JourneyVariables.MONTHLY_INCOME.set(task, research.verifiedIncome().doubleValue());
		}
		researches.record(requestId, JourneyVariables.COMMITTEE_ROUND.get(task, 1), Actors.of(task), research.fieldVisit(),
				research.visitDate(), research.visitLocation(), research.findings(), research.recommendation());
	}

}
