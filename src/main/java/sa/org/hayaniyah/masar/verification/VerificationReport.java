package sa.org.hayaniyah.masar.verification;

import java.util.List;
import java.util.stream.Collectors;

import sa.org.hayaniyah.masar.intake.ApplicantDetails;

/**
 * All checks of one verification; {@code details} is present only when every check passed.
 */
public record VerificationReport(List<Check> checks, ApplicantDetails details) {

	public boolean complete() {
		return checks.stream().allMatch(Check::passed);
	}

	/** What staff and the applicant need to fix, in Arabic, or null when nothing is missing. */
	public String arabicSummary() {
		if (complete()) {
			return null;
		}
		return checks.stream().filter(c -> !c.passed()).map(c -> "• " + c.message()).collect(Collectors.joining("\n"));
	}

}
