package sa.org.hayaniyah.masar.referral;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Supervisors keep the list of referral reasons and read which ones recur.
 */
@RestController
class ReferralReasonController {

	record NewReason(String code, String label) {
	}

	private final ReferralReasons reasons;

	private final IdentityService identityService;

	ReferralReasonController(ReferralReasons reasons, IdentityService identityService) {
		this.reasons = reasons;
		this.identityService = identityService;
	}

	@GetMapping("/api/referral-reasons")
	List<ReferralReasons.Reason> all() {
		return reasons.all();
	}

	@PostMapping("/api/referral-reasons")
	ResponseEntity<?> add(@RequestBody NewReason body) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		reasons.add(body.code(), body.label(), identityService.getCurrentAuthentication().getUserId());
		return ResponseEntity.created(URI.create("/api/referral-reasons/" + body.code())).body(Map.of("code", body.code()));
	}

	@DeleteMapping("/api/referral-reasons/{code}")
	ResponseEntity<Void> deactivate(@PathVariable String code) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return reasons.deactivate(code) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@GetMapping("/api/referral-reasons/report")
	ResponseEntity<List<ReferralReasons.Recurring>> report(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return ResponseEntity.ok(reasons.recurring(from, to.plusDays(1)));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return Problems.invalid("The referral reason has invalid fields", e);
	}

}
