package sa.org.hayaniyah.masar.privacy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * A data subject's rights, for supervisors and administrators answering a request (PDPL: within 30 days): the
 * export as a JSON file, and who read, changed, exported or anonymised their records. Staff API: HTTP Basic.
 */
@RestController
class DataSubjectController {

	private final DataSubjectExport export;

	private final PersonalDataContributors contributors;

	private final AuditTrail audit;

	private final IdentityService identityService;

	DataSubjectController(DataSubjectExport export, PersonalDataContributors contributors, AuditTrail audit,
			IdentityService identityService) {
		this.export = export;
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

}
