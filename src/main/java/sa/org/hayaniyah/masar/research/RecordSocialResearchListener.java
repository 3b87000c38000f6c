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
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
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
		String findings = FormValues.text(task.getVariable("researchFindings"));
		if (findings == null) {
			violations.add(new Violation("researchFindings", "نتائج البحث الاجتماعي مطلوبة", "researchFindings is required"));
		}
		String recommendation = FormValues.text(task.getVariable("researchRecommendation"));
		if (recommendation == null || !RECOMMENDATIONS.contains(recommendation)) {
			violations.add(new Violation("researchRecommendation", "توصية الباحث مطلوبة", "researchRecommendation is required"));
		}
		boolean fieldVisit = Boolean.TRUE.equals(task.getVariable("fieldVisitRequired"));
		LocalDate visitDate = null;
		if (fieldVisit) {
			visitDate = FormValues.date(task.getVariable("visitDate"));
			if (visitDate == null) {
				violations.add(new Violation("visitDate", "تاريخ الزيارة الميدانية مطلوب", "visitDate is required for a field visit"));
			}
		}
		BigDecimal verifiedIncome = FormValues.decimal(task.getVariable("verifiedMonthlyIncome"));
		if (verifiedIncome != null && verifiedIncome.signum() < 0) {
			violations.add(new Violation("verifiedMonthlyIncome", "الدخل الذي تحقق منه الباحث لا يكون سالبًا",
					"verifiedMonthlyIncome must not be negative"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Object recorded = task.getVariable("monthlyIncome");
		if (verifiedIncome != null && (recorded == null || FormValues.decimal(recorded).compareTo(verifiedIncome) != 0)) {
			// the researcher found another income: the record follows the research, and the declaration must be renewed
			supportRequests.correctMonthlyIncome((Long) task.getVariable("supportRequestId"), verifiedIncome);
			task.setVariable("monthlyIncome", verifiedIncome.doubleValue());
		}
		Object round = task.getVariable("committeeRound");
		researches.record((Long) task.getVariable("supportRequestId"), round == null ? 1 : (Integer) round, Actors.of(task),
				fieldVisit, visitDate, FormValues.text(task.getVariable("visitLocation")), findings, recommendation);
	}

}
