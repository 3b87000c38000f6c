package sa.org.hayaniyah.masar.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Figures;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * The compliance pack for supervisors and administrators (staff API: Tasklist session or HTTP Basic), as JSON, CSV or
 * PDF. {@code to} is the last day reported, inclusive, as people write periods.
 */
@RestController
class CompliancePackController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CompliancePack pack;

	private final CompliancePackPdf pdf;

	private final IdentityService identityService;

	CompliancePackController(CompliancePack pack, CompliancePackPdf pdf, IdentityService identityService) {
		this.pack = pack;
		this.pdf = pdf;
		this.identityService = identityService;
	}

	@GetMapping("/api/compliance-pack")
	ResponseEntity<?> figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return respond(from, to, ResponseEntity::ok);
	}

	@GetMapping("/api/compliance-pack.csv")
	ResponseEntity<?> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return respond(from, to, figures -> download(CSV, "attachment", from, to, "csv", CompliancePackCsv.write(figures)));
	}

	@GetMapping("/api/compliance-pack.pdf")
	ResponseEntity<?> pdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return respond(from, to,
				figures -> download(MediaType.APPLICATION_PDF, "inline", from, to, "pdf", pdf.render(figures)));
	}

	private ResponseEntity<?> respond(LocalDate from, LocalDate to, Function<Figures, ResponseEntity<?>> as) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		if (from.isAfter(to)) {
			return ResponseEntity.badRequest()
				.body(Problems.of(HttpStatus.BAD_REQUEST, "from (" + from + ") is after to (" + to + ")",
						"تاريخ بداية الفترة بعد تاريخ نهايتها"));
		}
		return as.apply(pack.compute(from, to.plusDays(1)));
	}

	private static ResponseEntity<byte[]> download(MediaType type, String disposition, LocalDate from, LocalDate to,
			String extension, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(disposition)
				.filename("compliance-pack-" + from + "-" + to + "." + extension)
				.build()
				.toString())
			.body(body);
	}

}
