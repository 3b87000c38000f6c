package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * The analysts' decision tables, evaluated through the engine's decision service (latest deployed version):
 * {@code required-documents} and {@code eligibility}.
 */
@Component
class DecisionTables {

	private final DecisionService decisionService;

	private final EligibilityProperties eligibility;

	DecisionTables(DecisionService decisionService, EligibilityProperties eligibility) {
		this.decisionService = decisionService;
		this.eligibility = eligibility;
	}

	public List<RequiredDocument> requiredDocuments(SupportType supportType) {
		return decisionService.evaluateDecisionTableByKey("required-documents", Map.of("supportType", supportType.name()))
			.getResultList()
			.stream()
			.map(row -> new RequiredDocument((String) row.get("document"), (String) row.get("documentName")))
			.toList();
	}

	public Eligibility eligibility(SupportType supportType, String city, int householdSize, BigDecimal monthlyIncome) {
		BigDecimal perMember = monthlyIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
		boolean inServiceArea = eligibility.serviceArea()
			.stream()
			.map(ArabicNames::normalise)
			.anyMatch(ArabicNames.normalise(city)::equals);
		DmnDecisionRuleResult result = decisionService
			.evaluateDecisionTableByKey("eligibility",
					Map.of("inServiceArea", inServiceArea, "supportType", supportType.name(), "incomePerMember", perMember,
							"incomeThreshold", eligibility.incomePerMemberThreshold()))
			.getSingleResult();
		return new Eligibility(result.getEntry("eligibility"), result.getEntry("eligibilityReason"));
	}

}
