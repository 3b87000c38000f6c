package sa.org.hayaniyah.masar.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * {@code GET /api/dashboard?from=2026-09-01&to=2026-11-30}: the supervisors' figures (supervisors and administrators;
 * Cockpit session or HTTP Basic). {@code to} is the last day, inclusive; without a period, the last 90 days to today.
 * A period is at most {@link #MAX_DAYS} days. The open work, the two-week deadline, open recovery cases and overdue
 * inquiries are as of now, whatever the period.
 */
@RestController
class SupervisorDashboardController {

	static final int MAX_DAYS = 1100;

	static final int DEFAULT_DAYS = 90;

	private final SupervisorDashboard dashboard;

	private final IdentityService identityService;

	private final Clock clock;

	SupervisorDashboardController(SupervisorDashboard dashboard, IdentityService identityService, Clock clock) {
		this.dashboard = dashboard;
		this.identityService = identityService;
		this.clock = clock;
	}

	@GetMapping("/api/dashboard")
	ResponseEntity<SupervisorDashboard.Dashboard> figures(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		// the security chain already allows supervisors and administrators only; this holds if a rule is ever widened
		if (!Roles.currentUserSupervises(identityService)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		LocalDate last = to == null ? LocalDate.now(clock) : day("to", to, "تاريخ نهاية الفترة");
		LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from, "تاريخ بداية الفترة");
		if (first.isAfter(last)) {
			throw InvalidInputException.of("from", "تاريخ بداية الفترة بعد تاريخ نهايتها",
					"from (" + first + ") is after to (" + last + ")");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw InvalidInputException.of("from", "الفترة أطول من " + MAX_DAYS + " يوم؛ اختر فترة أقصر",
					"the period is longer than " + MAX_DAYS + " days");
		}
		return ResponseEntity.ok(dashboard.compute(first, last));
	}

	/** A day as yyyy-MM-dd between the years 2000 and 2100, else a 400 naming the field in Arabic. */
	static LocalDate day(String field, String value, String arabicName) {
		String text = value.strip();
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				if (day.getYear() >= 2000 && day.getYear() <= 2100) {
					return day;
				}
			}
		}
		catch (DateTimeParseException e) {
			// answered below
		}
		throw InvalidInputException.of(field, arabicName + " غير صحيح؛ اكتبه بالشكل 2026-11-30",
				field + " must be a date yyyy-MM-dd between 2000 and 2100");
	}

}
