package sa.org.hayaniyah.masar.committee;

import java.net.URI;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Supervisors close a sitting of the committee; supervisors and members read its minutes.
 */
@RestController
class CommitteeSittingController {

	private final CommitteeSittings sittings;

	private final CommitteeMinutes minutes;

	private final IdentityService identityService;

	private final CommitteeProperties committee;

	CommitteeSittingController(CommitteeSittings sittings, CommitteeMinutes minutes, IdentityService identityService,
			CommitteeProperties committee) {
		this.sittings = sittings;
		this.minutes = minutes;
		this.identityService = identityService;
		this.committee = committee;
	}

	@PostMapping("/api/committee/sittings")
	ResponseEntity<?> close() {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return sittings.close(identityService.getCurrentAuthentication().getUserId())
			.<ResponseEntity<?>>map(s -> ResponseEntity.created(URI.create("/api/committee/sittings/" + s.id() + "/minutes.pdf"))
				.body(Map.of("id", s.id(), "number", s.number(), "hijriYear", s.hijriYear(), "decisions",
						sittings.decisions(s.id()).stream().map(CommitteeSittings.MinutedDecision::decisionNumber).toList())))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Problems.of(HttpStatus.CONFLICT, "No decisions since the last sitting", "لا توجد قرارات جديدة منذ آخر جلسة")));
	}

	@GetMapping("/api/committee/sittings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id) {
		if (!Roles.currentUserSupervises(identityService) && !Roles.currentUserIn(identityService, committee.group())) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return sittings.find(id)
			.map(s -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"minutes-" + s.hijriYear() + "-" + s.number() + ".pdf\"")
				.body(minutes.render(s, sittings.decisions(s.id()))))
			.orElse(ResponseEntity.notFound().build());
	}

}
