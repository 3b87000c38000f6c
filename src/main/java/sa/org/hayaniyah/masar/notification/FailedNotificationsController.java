package sa.org.hayaniyah.masar.notification;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.PersonalData;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Supervisors see the messages that could not be delivered (FAILED) or whose delivery nobody can confirm after an
 * interrupted send (UNCERTAIN), with the reason, and send them again, or confirm an UNCERTAIN one as sent.
 */
@RestController
class FailedNotificationsController {

	record Failed(long id, String reference, String template, String channel, String recipient, int attempts, String reason,
			String status) {
	}

	private final JdbcClient jdbc;

	private final NotificationDispatcher dispatcher;

	private final IdentityService identityService;

	FailedNotificationsController(JdbcClient jdbc, NotificationDispatcher dispatcher, IdentityService identityService) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
		this.identityService = identityService;
	}

	@GetMapping("/api/notifications/failed")
	ResponseEntity<List<Failed>> failed() {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return ResponseEntity.ok(jdbc.sql("""
				SELECT id, reference_number, template, channel, recipient, attempts, last_error, status FROM notification
				WHERE status IN ('FAILED', 'UNCERTAIN') ORDER BY id""")
			.query((rs, i) -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					PersonalData.mask(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getString(8)))
			.list());
	}

	@PostMapping("/api/notifications/{id}/resend")
	ResponseEntity<Void> resend(@PathVariable long id) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return dispatcher.resend(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@PostMapping("/api/notifications/{id}/confirm-sent")
	ResponseEntity<Void> confirmSent(@PathVariable long id) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return dispatcher.confirmSent(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

}
