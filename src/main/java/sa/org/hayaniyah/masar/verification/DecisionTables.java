package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;
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
		return decisionService
			.evaluateDecisionTableByKey("required-documents", Map.of(JourneyVariables.SUPPORT_TYPE.name(), supportType.name()))
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
					Map.of(JourneyVariables.IN_SERVICE_AREA.name(), inServiceArea, JourneyVariables.SUPPORT_TYPE.name(),
							supportType.name(), JourneyVariables.INCOME_PER_MEMBER.name(), perMember,
							JourneyVariables.INCOME_THRESHOLD.name(), eligibility.incomePerMemberThreshold()))
			.getSingleResult();
		return new Eligibility(result.getEntry(JourneyVariables.ELIGIBILITY.name()),
				result.getEntry(JourneyVariables.ELIGIBILITY_REASON.name()));
	}

}
