package sa.org.hayaniyah.masar.privacy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * A data subject's rights, for supervisors and administrators answering a request (PDPL: within 30 days): the
 * export as a JSON file, who read, changed, exported or anonymised their records, and corrections. Staff API: HTTP
 * Basic.
 */
@RestController
class DataSubjectController {

	private final DataSubjectExport export;

	private final PersonalDataContributors contributors;

	private final AuditTrail audit;

	private final DataSubjectCorrection correction;

	private final IdentityService identityService;

	record CorrectionRequest(String field, String value, String reason) {
	}

	DataSubjectController(DataSubjectExport export, PersonalDataContributors contributors, AuditTrail audit,
			DataSubjectCorrection correction, IdentityService identityService) {
		this.export = export;
		this.correction = correction;
		this.contributors = contributors;
		this.audit = audit;
		this.identityService = identityService;
	}

	@GetMapping("/api/data-subjects/{nationalId}/export")
	ResponseEntity<Map<String, List<Map<String, Object>>>> export(@PathVariable String nationalId) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String id = SaudiNationalId.normalise(nationalId).orElse(null);
		if (id == null) {
			return ResponseEntity.badRequest().build();
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"masar-data-subject-export.json\"")
			.body(export.export(id));
	}

	/** Every line of the access trail about the person's requests, inquiries and file, oldest first. */
	@GetMapping("/api/data-subjects/{nationalId}/access-log")
	ResponseEntity<List<AuditTrail.Entry>> accessLog(@PathVariable String nationalId) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String id = SaudiNationalId.normalise(nationalId).orElse(null);
		if (id == null) {
			return ResponseEntity.badRequest().build();
		}
		DataSubject subject = contributors.identify(DataSubject.of(DataSubject.Key.NATIONAL_ID, id));
		return ResponseEntity.ok(audit.about(subject.strings(DataSubject.Key.REFERENCE)));
	}

	/** PDPL's right to correct: 200 with how many records changed, 404 when nothing is held about the person. */
	@PostMapping("/api/data-subjects/{nationalId}/corrections")
	ResponseEntity<?> correct(@PathVariable String nationalId, @RequestBody CorrectionRequest body) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String id = SaudiNationalId.normalise(nationalId).orElse(null);
		if (id == null) {
			throw InvalidInputException.of("nationalId", "رقم الهوية غير صحيح، مثال: 1012345678",
					"nationalId must be a valid Saudi national ID");
		}
		return correction.correct(id, body.field(), body.value(), body.reason())
			.<ResponseEntity<?>>map(changed -> ResponseEntity.ok(Map.of("changed", changed)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.of(HttpStatus.NOT_FOUND, "Nothing is held about this person", "لا توجد بيانات محفوظة لهذا الشخص")));
	}

}
