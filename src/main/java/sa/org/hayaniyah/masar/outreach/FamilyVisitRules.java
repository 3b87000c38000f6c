package sa.org.hayaniyah.masar.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * The field visit's form (O4): the visit's date and what the researcher found (5 to 2,000 characters) are required.
 */
final class FamilyVisitRules {

	private FamilyVisitRules() {
	}

	/** The form's values as submitted. */
	record Form(Object visitDate, Object visitFindings) {
	}

	record Visit(LocalDate date, String findings) {

		/** What the follow-up records as its outcome. */
		String outcome() {
			return "زيارة ميدانية في " + date + ": " + findings;
		}

	}

	static Visit check(Form form) {
		List<Violation> violations = new ArrayList<>();
		LocalDate date = FormValues.date(form.visitDate());
		if (date == null) {
			violations.add(new Violation("visitDate", "تاريخ الزيارة مطلوب", "visitDate is required"));
		}
		String findings = FormValues.text(form.visitFindings());
		if (findings == null || findings.length() < 5 || findings.length() > 2000) {
			violations.add(new Violation("visitFindings", "اكتب ما وجدته في زيارة الأسرة وما تحتاج إليه",
					"visitFindings are required (5 to 2000 characters)"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Visit(date, findings);
	}

}
