package sa.org.hayaniyah.masar.verification;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import sa.org.hayaniyah.masar.intake.ApplicantDetails;

/**
 * All checks of one verification attempt; {@code details} is present only when nothing is invalid or missing.
 */
record VerificationReport(List<Check> checks, ApplicantDetails details) {

	/** What the process routes on: VALID, INVALID (back to reception) or MISSING (ask the applicant). */
	public String outcome() {
		if (has(CheckOutcome.INVALID)) {
			return "INVALID";
		}
		return has(CheckOutcome.MISSING) ? "MISSING" : "VALID";
	}

	public boolean complete() {
		return "VALID".equals(outcome());
	}

	/** What staff and the applicant need to fix, in Arabic, or null when nothing is. */
	public String arabicSummary() {
		return lines(c -> !c.passed());
	}

	/** Possible duplicates and other warnings for reception, in Arabic, or null. */
	public String arabicWarnings() {
		return lines(c -> c.outcome() == CheckOutcome.WARNING);
	}

	private boolean has(CheckOutcome outcome) {
		return checks.stream().anyMatch(c -> c.outcome() == outcome);
	}

	private String lines(Predicate<Check> which) {
		String text = checks.stream()
			.filter(which)
			.map(c -> "• " + VerificationResults.bounded(c.message()))
			.collect(Collectors.joining("\n"));
		// a process variable holds 4,000 characters
		return text.isEmpty() ? null : text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
	}

}
