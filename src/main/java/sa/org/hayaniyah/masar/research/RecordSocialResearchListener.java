package sa.org.hayaniyah.masar.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * On completing "إجراء البحث الاجتماعي" (O4): findings and recommendation are required, a field visit needs its date.
 */
@Component
public class RecordSocialResearchListener implements TaskListener {

	private static final Set<String> RECOMMENDATIONS = Set.of("RECOMMEND_APPROVAL", "RECOMMEND_REJECTION", "COMMITTEE_JUDGEMENT");

	private final SocialResearches researches;

	private final SupportRequests supportRequests;

	RecordSocialResearchListener(SocialResearches researches, SupportRequests supportRequests) {
		this.researches = researches;
		this.supportRequests = supportRequests;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		String findings = FormValues.text(JourneyVariables.RESEARCH_FINDINGS.get(task));
		if (findings == null) {
			violations.add(new Violation("researchFindings", "نتائج البحث الاجتماعي مطلوبة", "researchFindings is required"));
		}
		String recommendation = FormValues.text(JourneyVariables.RESEARCH_RECOMMENDATION.get(task));
		if (recommendation == null || !RECOMMENDATIONS.contains(recommendation)) {
			violations.add(new Violation("researchRecommendation", "توصية الباحث مطلوبة", "researchRecommendation is required"));
		}
		boolean fieldVisit = Boolean.TRUE.equals(JourneyVariables.FIELD_VISIT_REQUIRED.get(task));
		LocalDate visitDate = null;
		if (fieldVisit) {
			visitDate = FormValues.date(JourneyVariables.VISIT_DATE.get(task));
			if (visitDate == null) {
				violations.add(new Violation("visitDate", "تاريخ الزيارة الميدانية مطلوب", "visitDate is required for a field visit"));
			}
		}
		BigDecimal verifiedIncome = FormValues.decimal(JourneyVariables.VERIFIED_MONTHLY_INCOME.get(task));
		if (verifiedIncome != null && verifiedIncome.signum() < 0) {
			violations.add(new Violation("verifiedMonthlyIncome", "الدخل الذي تحقق منه الباحث لا يكون سالبًا",
					"verifiedMonthlyIncome must not be negative"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Object recorded = JourneyVariables.MONTHLY_INCOME.get(task);
		if (verifiedIncome != null && (recorded == null || FormValues.decimal(recorded).compareTo(verifiedIncome) != 0)) {
			// the researcher found another income: the record follows the research, and the declaration must be renewed
			supportRequests.correctMonthlyIncome(JourneyVariables.SUPPORT_REQUEST_ID.get(task), verifiedIncome);
			JourneyVariables.MONTHLY_INCOME.set(task, verifiedIncome.doubleValue());
		}
		researches.record(JourneyVariables.SUPPORT_REQUEST_ID.get(task), JourneyVariables.COMMITTEE_ROUND.get(task, 1), Actors.of(task),
				fieldVisit, visitDate, FormValues.text(JourneyVariables.VISIT_LOCATION.get(task)), findings, recommendation);
	}

}
