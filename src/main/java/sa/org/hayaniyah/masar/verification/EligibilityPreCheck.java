package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

	private final IdentityService identityService;

	EligibilityPreCheck(DecisionTables decisionTables, IdentityService identityService) {
		this.decisionTables = decisionTables;
		this.identityService = identityService;
	}

	/**
	 * The association's rule, evaluated as verification's job evaluates it: not as the employee whose action caused
	 * it, who needs no right to evaluate decision tables of their own.
	 *
	 * @param householdSize at least 1 (the applicant)
	 */
	public Eligibility of(SupportType supportType, String city, int householdSize, BigDecimal monthlyIncome) {
		Authentication current = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return decisionTables.eligibility(supportType, city, householdSize, monthlyIncome);
		}
		finally {
			if (current != null) {
				identityService.setAuthentication(current);
			}
		}
	}

}
