package sa.org.hayaniyah.masar.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.ApplicantDetails;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * "التحقق من بيانات المتقدم" (R2): checks the support request form, stores every result of this attempt, and records
 * the verified data, documents and eligibility pre-check. Runs as a job: a technical failure is retried, then
 * becomes an incident, never a silent pass.
 */
@Component
public class VerifyApplicantDataDelegate implements JavaDelegate {

	private final ApplicantDataVerifier verifier = new ApplicantDataVerifier();

	private final RecordedVerificationFacts facts;

	private final VerificationResults results;

	private final SubmittedDocuments documents;

	private final DecisionTables decisionTables;

	private final SupportRequests supportRequests;

	private final Clock clock;

	private final AuditTrail audit;

	VerifyApplicantDataDelegate(RecordedVerificationFacts facts, VerificationResults results, SubmittedDocuments documents,
			DecisionTables decisionTables, SupportRequests supportRequests, Clock clock, AuditTrail audit) {
		this.facts = facts;
		this.results = results;
		this.documents = documents;
		this.decisionTables = decisionTables;
		this.supportRequests = supportRequests;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long requestId = JourneyVariables.SUPPORT_REQUEST_ID.get(execution);
		int attempt = JourneyVariables.VERIFICATION_ATTEMPT.get(execution, 0) + 1;
		LocalDate submissionDate = JourneyVariables.SUBMITTED_AT.get(execution).toInstant()
			.atZone(clock.getZone())
			.toLocalDate();

		VerificationReport report = verifier.verify(execution.getVariables(), submissionDate,
				facts.forRequest(requestId, execution.getProcessBusinessKey()));
		results.save(requestId, attempt, report);
		// only known document codes reach the table; an unknown one is already an INVALID check of the report
		documents.recordReceived(requestId, FormValues.textList(JourneyVariables.DOCUMENTS_RECEIVED.get(execution))
			.stream()
			.filter(code -> FormValues.enumValue(DocumentType.class, code) != null)
			.toList(),
				JourneyVariables.APPLICANT_DATA_RECORDED_BY.get(execution));
		ApplicantDetails details = report.details();
		if (details != null) {
			supportRequests.recordApplicant(requestId, details);
			audit.record(JourneyVariables.APPLICANT_DATA_RECORDED_BY.get(execution), AuditTrail.Action.CHANGE,
					execution.getProcessBusinessKey(), "support request form verified and recorded");
			Eligibility eligibility = decisionTables.eligibility(details.supportType(), details.city(),
					details.householdSize(), details.monthlyIncome());
			supportRequests.recordEligibility(requestId, eligibility.outcome(), eligibility.reason());
			JourneyVariables.APPLICANT_NAME.set(execution, details.applicantName());
			JourneyVariables.NATIONAL_ID.set(execution, details.nationalId());
			JourneyVariables.MOBILE.set(execution, details.mobile());
			JourneyVariables.ELIGIBILITY.set(execution, eligibility.outcome());
			JourneyVariables.ELIGIBILITY_REASON.set(execution, eligibility.reason());
		}
		JourneyVariables.VERIFICATION_ATTEMPT.set(execution, attempt);
		JourneyVariables.VERIFICATION_OUTCOME.set(execution, report.outcome());
		JourneyVariables.VERIFICATION_SUMMARY.set(execution, report.arabicSummary());
		JourneyVariables.POSSIBLE_DUPLICATES.set(execution, report.arabicWarnings());
	}

}
