package sa.org.hayaniyah.masar.verification;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * What was checked on a request and when, attempt by attempt, for supervisors (staff API: HTTP Basic).
 */
@RestController
class VerificationHistoryController {

	record Attempt(int attempt, String rule, String outcome, String message) {
	}

	private final SupportRequests supportRequests;

	private final VerificationResults results;

	private final AuditTrail audit;

	VerificationHistoryController(SupportRequests supportRequests, VerificationResults results, AuditTrail audit) {
		this.supportRequests = supportRequests;
		this.results = results;
		this.audit = audit;
	}

	@GetMapping("/api/requests/{reference}/verification")
	ResponseEntity<List<Attempt>> history(@PathVariable String reference) {
		audit.record(AuditTrail.Action.READ, reference, "verification history");
		return supportRequests.findByReference(reference)
			.map(request -> ResponseEntity.ok(results.history(request.id())
				.stream()
				.map(r -> new Attempt(r.attempt(), r.check().rule(), r.check().outcome().name(), r.check().message()))
				.toList()))
			.orElse(ResponseEntity.notFound().build());
	}

}
