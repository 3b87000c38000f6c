package sa.org.hayaniyah.masar.family;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The family file (ملف الأسرة) as the API answers it: every code with its Arabic label beside. {@code view} says what
 * the caller may see: {@code FULL} (supervisors; social research, the committee and reception on requests they work
 * on) or {@code RECEPTION} (the stage, contact data and the timeline, for answering "where is my request?"); fields
 * the view withholds are null or empty. {@code canRequestChanges}: the family is registered, so its data is changed
 * here (before that, in its request's tasks); {@code canDecideChanges}: the caller may approve or reject a change that
 * waits for a supervisor (the page shows the buttons only then; the API answers 403 to others anyway).
 */
record FamilyFile(String view, String viewLabel, Applicant applicant, List<Member> household, List<Request> requests,
		List<Event> timeline, List<Note> notes, List<Change> changes, String eligibilityReview, boolean canRequestChanges,
		boolean canDecideChanges) {

	static final String FULL = "FULL";

	static final String RECEPTION = "RECEPTION";

	/** National ID masked in the reception view; address, birth date and income in the full view only. */
	record Applicant(String name, String nationalId, String mobile, String fileNumber, Instant registeredAt, String city,
			String district, String address, LocalDate dateOfBirth, String nationality, String nationalityLabel,
			Integer householdSize, BigDecimal monthlyIncome) {
	}

	/** {@code id} names the member in a household change ({@code memberId}); null for the member a change proposes. */
	record Member(Long id, String name, String relation, String relationLabel, String nationalId, Integer age,
			BigDecimal monthlyIncome) {
	}

	/**
	 * One request: {@code full} says whether the caller sees it in full; the stage, the missing information and the
	 * two-week clock are shown to everyone who may open the file.
	 */
	record Request(String reference, boolean full, String channel, String channelLabel, String supportType,
			String supportTypeLabel, Instant submittedAt, String status, String statusLabel, String stage, String stageLabel,
			List<String> missingInformation, CommitteeClock clock, Decision decision, String fileNumber, Instant closedAt,
			String closureReason) {
	}

	/**
	 * R5: the committee answers within two weeks. {@code daysLeft} counts calendar days to the deadline (negative when
	 * passed) while the request waits for a decision; {@code decidedAt} and {@code metDeadline} once it is decided.
	 */
	record CommitteeClock(Instant deadline, LocalDate deadlineDate, String deadlineHijri, Long daysLeft, boolean overdue,
			Instant decidedAt, Boolean metDeadline, String label) {
	}

	record Decision(String number, String outcome, String outcomeLabel, Instant decidedAt, String decidedBy) {
	}

	/** One thing that happened: {@code kind} a code, {@code kindLabel} its Arabic; {@code detail} in the full view. */
	record Event(Instant at, String reference, String kind, String kindLabel, String title, String by, String detail,
			String status, String statusLabel) {
	}

	record Note(long id, String reference, String text, String by, Instant at) {
	}

	/**
	 * A change of the family's data after registration; the new value of household size and income, the member and
	 * the eligibility found after an approved change are withheld in the reception view. {@code action} (ADD, REMOVE,
	 * CORRECT) and {@code memberId} for a household member; {@code eligibility} (ELIGIBLE, NOT_ELIGIBLE,
	 * COMMITTEE_JUDGEMENT) once approved, {@code reviewNeeded} when it is not ELIGIBLE.
	 */
	record Change(long id, String field, String fieldLabel, String value, String reason, String status, String statusLabel,
			String by, Instant at, String decidedBy, Instant decidedAt, String decisionNote, String action,
			String actionLabel, Long memberId, Member member, String eligibility, String eligibilityLabel,
			String eligibilityReason, boolean reviewNeeded) {
	}

}
