package sa.org.hayaniyah.masar.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.labels.CodeLabels;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * The staff side of satisfaction: answers given by phone or in person, recorded on the beneficiary's behalf and
 * marked as such; the figures for supervisors; and the free comments, which only supervisors read (O6).
 */
@RestController
class SatisfactionController {

	record StaffAnswer(Object overall, Object speed, Object courtesy, Object clarity, Object fairness, String comment,
			String recordedHow) {
	}

	record Report(List<Row> rows, SatisfactionReport.Figures total, SatisfactionReport.RecoveryFigures recovery) {
	}

	/** A report row with the Arabic names of its service and channel beside their codes (labels, not codes). */
	record Row(YearMonth month, String service, String serviceLabel, String channel, String channelLabel, int sent,
			int answered, int satisfied, BigDecimal csatPercent, BigDecimal averageScore, BigDecimal responseRatePercent) {

		static Row of(SatisfactionReport.Figures f, CodeLabels labels) {
			return new Row(f.month(), f.service(), labels.label("service", f.service()), f.channel(),
					labels.label("channel", f.channel()), f.sent(), f.answered(), f.satisfied(), f.csatPercent(), f.averageScore(),
					f.responseRatePercent());
		}
	}

	private final Surveys surveys;

	private final SurveyResponses responses;

	private final SatisfactionReport report;

	private final IdentityService identityService;

	private final CodeLabels labels;

	private final AuditTrail audit;

	SatisfactionController(Surveys surveys, SurveyResponses responses, SatisfactionReport report,
			IdentityService identityService, CodeLabels labels, AuditTrail audit) {
		this.surveys = surveys;
		this.responses = responses;
		this.report = report;
		this.identityService = identityService;
		this.labels = labels;
		this.audit = audit;
	}

	@PostMapping("/api/satisfaction/surveys/{reference}/answers")
	ResponseEntity<?> recordOnBehalf(@PathVariable String reference, @RequestBody StaffAnswer body) {
		if (!Roles.currentUserIn(identityService, Roles.RECEPTION, Roles.SUPERVISORS)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String how = FormValues.text(body.recordedHow());
		if (!"PHONE".equals(how) && !"IN_PERSON".equals(how)) {
			throw InvalidInputException.of("recordedHow", "حدد كيف أُخذ التقييم: هاتفياً أو حضورياً",
					"recordedHow must be PHONE or IN_PERSON");
		}
		Survey survey = surveys.pendingFor(reference).orElse(null);
		if (survey == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.of(HttpStatus.NOT_FOUND, "No survey for this reference is waiting for an answer",
						"لا يوجد تقييم ينتظر الإجابة لهذا المرجع"));
		}
		SurveyAnswer answer = SurveyAnswer.of(body.overall(), body.speed(), body.courtesy(), body.clarity(), body.fairness(),
				body.comment());
		return SurveyController
			.outcome(responses.answer(survey, answer, identityService.getCurrentAuthentication().getUserId(), how));
	}

	@GetMapping("/api/satisfaction/report")
	ResponseEntity<Report> report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		LocalDate toExclusive = to.plusDays(1);
		return ResponseEntity.ok(new Report(
				report.byServiceChannelMonth(from, toExclusive).stream().map(f -> Row.of(f, labels)).toList(),
				report.total(from, toExclusive), report.recovery(from, toExclusive)));
	}

	/**
	 * The Arabic label of every code, by variable name, for staff pages and Cockpit's variable tables (any signed-in
	 * staff member: the labels are what the forms show).
	 */
	@GetMapping("/api/satisfaction/labels")
	Map<String, Map<String, String>> labels() {
		return labels.all();
	}

	@GetMapping("/api/satisfaction/comments")
	ResponseEntity<List<Map<String, Object>>> comments(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (!Roles.currentUserIn(identityService, Roles.SUPERVISORS)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		List<Map<String, Object>> comments = surveys.comments(from, to.plusDays(1));
		// free comments may name the person: each case whose comment was read is audited
		String period = "satisfaction comments " + from + ".." + to;
		comments.stream().map(c -> (String) c.get("referenceNumber")).distinct()
			.forEach(reference -> audit.record(AuditTrail.Action.READ, reference, period));
		return ResponseEntity.ok(comments);
	}

}
