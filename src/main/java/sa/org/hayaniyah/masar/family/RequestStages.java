package sa.org.hayaniyah.masar.family;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.family.FamilyRecords.Decision;
import sa.org.hayaniyah.masar.family.FamilyRecords.Request;
import sa.org.hayaniyah.masar.privacy.DataSubjectCorrection;
import sa.org.hayaniyah.masar.verification.Check;
import sa.org.hayaniyah.masar.verification.CheckOutcome;
import sa.org.hayaniyah.masar.verification.VerificationResults;

/**
 * The family module's public answer to "where is my request?" for the beneficiary themselves (the website portal,
 * issue 23), and a change of their contact details recorded in the family's history. Callers have already checked
 * who is asking (a one-time code to the mobile on file); this class shows no staff names, notes or reasons.
 */
@Service
public class RequestStages {

	/** A request's stage in plain Arabic, its dates, and what is missing when the family must supply something. */
	public record RequestStage(String reference, String nationalId, String mobile, String stage, String stageLabel,
			List<String> missingInformation, Instant submittedAt, Instant committeeDeadline, Instant decidedAt,
			Instant closedAt, boolean registered) {
	}

	private final FamilyRecords records;

	private final EngineRecords engine;

	private final VerificationResults verification;

	private final FamilyChanges changes;

	private final DataSubjectCorrection corrections;

	private final AuditTrail audit;

	private final Clock clock;

	RequestStages(FamilyRecords records, EngineRecords engine, VerificationResults verification, FamilyChanges changes,
			DataSubjectCorrection corrections, AuditTrail audit, Clock clock) {
		this.corrections = corrections;
		this.clock = clock;
		this.records = records;
		this.engine = engine;
		this.verification = verification;
		this.changes = changes;
		this.audit = audit;
	}

	/** The request with this reference, if it exists and is not anonymised. */
	public Optional<RequestStage> of(String reference) {
		if (reference == null || reference.length() > 20) {
			return Optional.empty();
		}
		Optional<String> nationalId = records.nationalIdOfRequest(reference);
		if (nationalId.isEmpty()) {
			return Optional.empty();
		}
		Optional<Request> found = records.requestsOf(List.of(nationalId.get()))
			.stream()
			.filter(r -> r.reference().equals(reference))
			.findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Request r = found.get();
		Decision decision = records.decisions(List.of(r.id()))
			.stream()
			.filter(d -> "APPROVED".equals(d.outcome()) || "REJECTED".equals(d.outcome()))
			.reduce((first, second) -> second)
			.orElse(null);
		Optional<FamilyRecords.File> file = records.filesOf(List.of(r.nationalId())).stream().findFirst();
		boolean registered = decision != null && "APPROVED".equals(decision.outcome()) && file.isPresent();
		Set<String> openTasks = engine.openTasks(List.of(reference)).getOrDefault(reference, Set.of());
		Stage stage = Stage.of(r.status(), openTasks, decision != null, registered);
		List<String> missing = stage == Stage.MISSING_INFORMATION ? missing(r.id()) : List.of();
		String mobile = file.map(FamilyRecords.File::mobile).filter(m -> m != null).orElse(r.mobile());
		return Optional.of(new RequestStage(reference, r.nationalId(), mobile, stage.name(), stage.label(), missing,
				r.submittedAt(), r.committeeDeadline(), decision == null ? null : decision.decidedAt(), r.closedAt(),
				registered));
	}

	/**
	 * The beneficiary changed their own mobile or address on the website: corrected everywhere; recorded as a change
	 * in the file's history when the family is registered, as a note on the request otherwise.
	 */
	public void changeContact(String reference, String field, String value, String reason, String by) {
		RequestStage request = of(reference).orElseThrow(FamilyNotFoundException::new);
		Optional<FamilyRecords.File> file = records.filesOf(List.of(request.nationalId())).stream().findFirst();
		Optional<Long> registered = records.registeredRequest(request.nationalId());
		if (file.isPresent() && registered.isPresent()) {
			changes.request(by,
					new FamilyChanges.Target(request.nationalId(), file.get().fileNumber(), reference, registered.get()),
					new FamilyChanges.Input(field, value, reason, null, null, null));
			return;
		}
		corrections.correct(request.nationalId(), field, value, reason);
		FamilyRecords.Note note = records.addNote(request.nationalId(), reference,
				"غيّر المتقدم " + FamilyChanges.FIELDS.get(field) + " عبر الموقع الإلكتروني بعد التحقق برمز إلى جواله", by,
				clock.instant());
		audit.record(by, AuditTrail.Action.CHANGE, reference, "family file note " + note.id() + " " + field);
	}

	private List<String> missing(long requestId) {
		List<Check> checks = verification.findByRequest(requestId);
		List<String> missing = checks.stream().filter(c -> c.outcome() == CheckOutcome.MISSING).map(Check::message).toList();
		return missing.isEmpty() ? checks.stream().filter(c -> !c.passed()).map(Check::message).toList() : missing;
	}

}
