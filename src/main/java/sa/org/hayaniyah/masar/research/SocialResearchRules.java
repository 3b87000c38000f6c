package sa.org.hayaniyah.masar.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * The researcher's form (O4): findings and a recommendation are required, a field visit needs its date, and an income
 * the researcher verified is not negative. Every problem is reported at once, in Arabic and English.
 */
final class SocialResearchRules {

	private static final Set<String> RECOMMENDATIONS = Set.of("RECOMMEND_APPROVAL", "RECOMMEND_REJECTION", "COMMITTEE_JUDGEMENT");

	private SocialResearchRules() {
	}

	/** The form's values as submitted. */
	record Form(Object findings, Object recommendation, Object fieldVisitRequired, Object visitDate, Object visitLocation,
			Object verifiedMonthlyIncome) {
	}

	/** The checked research; the visit date only for a field visit, the verified income only when one was entered. */
	record Research(String findings, String recommendation, boolean fieldVisit, LocalDate visitDate, String visitLocation,
			BigDecimal verifiedIncome) {

		/** Whether the income the researcher verified differs from the one recorded, which it then replaces. */
		boolean correctsIncome(Object recordedIncome) {
			return verifiedIncome != null && (recordedIncome == null
					|| FormValues.decimal(recordedIncome) == null
					|| FormValues.decimal(recordedIncome).compareTo(verifiedIncome) != 0);
		}

	}

	static Research check(Form form) {
		List<Violation> violations = new ArrayList<>();
		String findings = FormValues.text(form.findings());
		if (findings == null) {
			violations.add(new Violation("researchFindings", "نتائج البحث الاجتماعي مطلوبة", "researchFindings is required"));
		}
		String recommendation = FormValues.text(form.recommendation());
		if (recommendation == null || !RECOMMENDATIONS.contains(recommendation)) {
			violations.add(new Violation("researchRecommendation", "توصية الباحث مطلوبة", "researchRecommendation is required"));
		}
		boolean fieldVisit = Boolean.TRUE.equals(form.fieldVisitRequired());
		LocalDate visitDate = null;
		if (fieldVisit) {
			visitDate = FormValues.date(form.visitDate());
			if (visitDate == null) {
				violations.add(new Violation("visitDate", "تاريخ الزيارة الميدانية مطلوب", "visitDate is required for a field visit"));
			}
		}
		BigDecimal verifiedIncome = FormValues.decimal(form.verifiedMonthlyIncome());
		if (verifiedIncome != null && verifiedIncome.signum() < 0) {
			violations.add(new Violation("verifiedMonthlyIncome", "الدخل الذي تحقق منه الباحث لا يكون سالبًا",
					"verifiedMonthlyIncome must not be negative"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Research(findings, recommendation, fieldVisit, visitDate, FormValues.text(form.visitLocation()),
				verifiedIncome);
	}

}
