package sa.org.hayaniyah.masar.verification;

/**
 * The pre-check of {@code processes/eligibility.dmn}: ELIGIBLE, NOT_ELIGIBLE or COMMITTEE_JUDGEMENT, with the reason.
 * It informs the committee; it does not decide.
 */
public record Eligibility(String outcome, String reason) {
}
