package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;

import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * The eligibility pre-check ({@code processes/eligibility.dmn}, R2) for other modules: the same decision table that
 * verification runs at intake, run again when a registered family's household or income changes (issue 19). It
 * informs; it does not decide.
 */
@Service
public class EligibilityPreCheck {

	private final DecisionTables decisionTables;

	EligibilityPreCheck(DecisionTables decisionTables) {
		this.decisionTables = decisionTables;
	}

	/** @param householdSize at least 1 (the applicant) */
	public Eligibility of(SupportType supportType, String city, int householdSize, BigDecimal monthlyIncome) {
		return decisionTables.eligibility(supportType, city, householdSize, monthlyIncome);
	}

}
