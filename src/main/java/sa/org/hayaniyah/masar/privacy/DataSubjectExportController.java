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

import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * A data subject's export as a JSON file, for supervisors and administrators answering an access request
 * (PDPL: within 30 days). Staff API: HTTP Basic.
 */
@RestController
class DataSubjectExportController {

	private final DataSubjectExport export;

	private final IdentityService identityService;

	DataSubjectExportController(DataSubjectExport export, IdentityService identityService) {
		this.export = export;
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

}
