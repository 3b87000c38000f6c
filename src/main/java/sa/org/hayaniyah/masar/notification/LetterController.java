package sa.org.hayaniyah.masar.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.AuditTrail;

/**
 * Reception prints or downloads a request's official letters (staff API: Tasklist session or HTTP Basic).
 */
@RestController
class LetterController {

	record LetterSummary(long id, String template, String status, String url) {
	}

	private final JdbcClient jdbc;

	private final OfficialLetters letters;

	private final AuditTrail audit;

	private final Clock clock;

	LetterController(JdbcClient jdbc, OfficialLetters letters, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.letters = letters;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/requests/{reference}/letters")
	List<LetterSummary> list(@PathVariable String reference) {
		return jdbc.sql("SELECT id, template, status FROM notification WHERE reference_number = ? AND channel = 'LETTER' ORDER BY id")
			.param(reference)
			.query((rs, i) -> new LetterSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
					"/api/requests/" + reference + "/letters/" + rs.getLong(1)))
			.list();
	}

	@GetMapping("/api/requests/{reference}/letters/{id}")
	ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable long id) {
		return jdbc.sql("""
				SELECT recipient, body, created_at FROM notification
				WHERE id = ? AND reference_number = ? AND channel = 'LETTER'""")
			.params(id, reference)
			.query((rs, i) -> new OfficialLetters.Letter(reference + "/" + id,
					rs.getTimestamp("created_at").toInstant().atZone(clock.getZone()).toLocalDate(), rs.getString("recipient"),
					"طلب الدعم رقم " + reference, rs.getString("body"), List.of()))
			.optional()
			.map(letter -> {
				audit.record(AuditTrail.Action.READ, reference, "letter " + id);
				return ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"letter-" + reference + "-" + id + ".pdf\"")
					.body(letters.render(letter));
			})
			.orElse(ResponseEntity.notFound().build());
	}

}
