package sa.org.hayaniyah.masar.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * "التحقق من بيانات المتقدم" (R2): checks the support request form, stores every result, records the verified data.
 */
@Component
public class VerifyApplicantDataDelegate implements JavaDelegate {

	private final ApplicantDataVerifier verifier = new ApplicantDataVerifier();

	private final VerificationResults results;

	private final SupportRequests supportRequests;

	private final Clock clock;

	VerifyApplicantDataDelegate(VerificationResults results, SupportRequests supportRequests, Clock clock) {
		this.results = results;
		this.supportRequests = supportRequests;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long requestId = (Long) execution.getVariable("supportRequestId");
		String ownReference = execution.getProcessBusinessKey();
		Object nationalId = execution.getVariable("nationalId");
		Optional<String> otherOpen = nationalId == null ? Optional.empty()
				: supportRequests.openReference(nationalId.toString().strip()).filter(ref -> !ref.equals(ownReference));
		LocalDate submissionDate = ((Date) execution.getVariable("submittedAt")).toInstant().atZone(clock.getZone()).toLocalDate();

		VerificationReport report = verifier.verify(execution.getVariables(), submissionDate, otherOpen);
		results.save(requestId, report);
		if (report.complete()) {
			supportRequests.recordApplicant(requestId, report.details());
			execution.setVariable("mobile", report.details().mobile());
		}
		execution.setVariable("dataComplete", report.complete());
		execution.setVariable("verificationSummary", report.arabicSummary());
	}

}
