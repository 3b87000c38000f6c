package sa.org.hayaniyah.masar.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.api.RateLimits;
import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.PersonalData;
import sa.org.hayaniyah.masar.common.Problems;
import sa.org.hayaniyah.masar.family.RequestStages;
import sa.org.hayaniyah.masar.family.RequestStages.RequestStage;
import sa.org.hayaniyah.masar.intake.IntakeValidation;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.verification.SubmittedDocuments;

/**
 * The website portal's API (public; CSRF token from {@code GET /api/portal/csrf}; rate limits per address and per
 * national ID). Apply and track each take two calls: the form, which sends a code by SMS, then the code.
 */
@RestController
class PortalController {

	static final String SESSION_HEADER = "X-Portal-Session";

	static final String SENT = "إن كانت البيانات صحيحة فسيصلك رمز تحقق في رسالة نصية على الجوال المسجل لدينا";

	static final String SESSION_ENDED = "انتهت جلسة المتابعة، أدخل رقم الطلب ورقم الهوية من جديد";

	record Challenge(String challenge, String message, String mobile, long validForMinutes) {
	}

	record CodeEntry(String challenge, String code) {
	}

	record TrackRequest(String reference, String nationalId) {
	}

	record ContactChange(String mobile, String address) {
	}

	record Dates(String gregorian, String hijri, String both) {

		static Dates of(Instant at, Clock clock) {
			if (at == null) {
				return null;
			}
			LocalDate day = at.atZone(clock.getZone()).toLocalDate();
			return new Dates(DualCalendar.gregorianDayFirst(day), DualCalendar.hijriDayFirst(day), DualCalendar.both(day));
		}

	}

	record Opened(String reference, Dates submitted, Dates committeeDeadline, List<String> documents) {
	}

	record Status(String reference, String stage, String stageLabel, List<String> missingInformation, Dates submitted,
			Dates committeeDeadline, Dates decided, Dates closed, boolean canUpload, String session) {
	}

	private final PortalCodes codes;

	private final PortalUploads uploads;

	private final PortalApplications applications;

	private final RequestStages stages;

	private final SupportRequests supportRequests;

	private final SubmittedDocuments documents;

	private final RateLimits rateLimits;

	private final PortalProperties properties;

	private final ObjectMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	PortalController(PortalCodes codes, PortalUploads uploads, PortalApplications applications, RequestStages stages,
			SupportRequests supportRequests, SubmittedDocuments documents, RateLimits rateLimits,
			PortalProperties properties, ObjectMapper json, AuditTrail audit, Clock clock) {
		this.codes = codes;
		this.uploads = uploads;
		this.applications = applications;
		this.stages = stages;
		this.supportRequests = supportRequests;
		this.documents = documents;
		this.rateLimits = rateLimits;
		this.properties = properties;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/** The CSRF token the pages send back in {@code X-XSRF-TOKEN} (its cookie is HttpOnly). */
	@GetMapping("/api/portal/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	/** The application form with its documents (multipart: {@code application} JSON, {@code files}, {@code types}). */
	@PostMapping(path = "/api/portal/applications", consumes = "multipart/form-data")
	ResponseEntity<Challenge> apply(@RequestParam("application") String body,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "types", required = false) List<String> types) {
		if (body.length() > 30_000) {
			throw InvalidInputException.of("application", "بيانات الطلب أطول من المسموح", "application too long");
		}
		Application application;
		try {
			application = json.readValue(body, Application.class);
		}
		catch (JsonProcessingException e) {
			InvalidInputException invalid = InvalidInputException.in(e);
			throw invalid != null ? invalid
					: InvalidInputException.of("application", "تعذرت قراءة بيانات الطلب: تحقق من الحقول", "unreadable application");
		}
		List<Violation> violations = new ArrayList<>(application.violations());
		List<PortalUploads.Checked> checked = uploads.check(files, types, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<Violation> none = new ArrayList<>();
		String nationalId = IntakeValidation.nationalId(application.nationalId(), none);
		String mobile = IntakeValidation.mobile(application.mobile(), none);
		rateLimits.requireNationalId(nationalId);
		String id = codes.issue(PortalCodes.Purpose.APPLY, nationalId, null, mobile, applications.payload(application));
		uploads.keep(id, checked);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new Challenge(id, "أرسلنا رمز التحقق في رسالة نصية إلى جوالك", PersonalData.mask(mobile),
					properties.codeValidFor().toMinutes()));
	}

	/** The code that confirms the application and its declaration: the journey starts now, and only now. */
	@PostMapping("/api/portal/applications/confirm")
	ResponseEntity<Opened> confirmApplication(@RequestBody CodeEntry entry) {
		PortalCodes.Confirmed confirmed = codes.confirm(entry.challenge(), entry.code(), PortalCodes.Purpose.APPLY);
		SupportRequest request = applications.open(confirmed);
		List<String> sent = documents.findByRequest(request.id())
			.stream()
			.map(d -> PortalUploads.TYPES.getOrDefault(d.type(), d.type()))
			.toList();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Opened(request.referenceNumber(), Dates.of(request.submittedAt(), clock),
					Dates.of(request.committeeDeadline(), clock), sent));
	}

	/** Reference and national ID: a code to the mobile on file, or, when they do not belong together, the same answer. */
	@PostMapping("/api/portal/tracking")
	ResponseEntity<Challenge> track(@RequestBody TrackRequest body) {
		List<Violation> violations = new ArrayList<>();
		String nationalId = IntakeValidation.nationalId(body.nationalId(), violations);
		if (nationalId == null && violations.isEmpty()) {
			violations.add(new Violation("nationalId", "رقم الهوية مطلوب", "national ID is required"));
		}
		String reference = FormValues.text(body.reference());
		if (reference == null || !reference.strip().toUpperCase().matches("HY-[0-9]{4}-[0-9]{1,8}")) {
			violations.add(new Violation("reference", "رقم الطلب كما في رسالتنا، مثال: HY-1448-000123",
					"reference must look like HY-1448-000123"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		reference = reference.strip().toUpperCase();
		rateLimits.requireNationalId(nationalId);
		String ref = reference;
		String mobile = stages.of(reference)
			.filter(s -> s.nationalId().equals(nationalId))
			.map(RequestStage::mobile)
			.orElse(null);
		String id = codes.issue(PortalCodes.Purpose.TRACK, nationalId, ref, mobile, null);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new Challenge(id, SENT, null, properties.codeValidFor().toMinutes()));
	}

	@PostMapping("/api/portal/tracking/confirm")
	Status confirmTracking(@RequestBody CodeEntry entry) {
		PortalCodes.Confirmed confirmed = codes.confirm(entry.challenge(), entry.code(), PortalCodes.Purpose.TRACK);
		return status(new PortalCodes.Session(confirmed.id(), confirmed.nationalId(), confirmed.reference()),
				confirmed.session());
	}

	@GetMapping("/api/portal/tracking/status")
	Status status(@RequestHeader(name = SESSION_HEADER, required = false) String token) {
		return status(session(token), null);
	}

	/** A document the request is missing (multipart {@code type}, {@code file}), while the request is open. */
	@PostMapping(path = "/api/portal/tracking/documents", consumes = "multipart/form-data")
	ResponseEntity<Status> supply(@RequestHeader(name = SESSION_HEADER, required = false) String token,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		PortalCodes.Session session = session(token);
		RequestStage stage = stages.of(session.reference()).orElseThrow(PortalController::sessionEnded);
		if (stage.closedAt() != null) {
			throw InvalidInputException.of("file", "الطلب مغلق، لا يمكن إرفاق مستندات إليه", "the request is closed");
		}
		List<Violation> violations = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			violations.add(new Violation("files[0]", "اختر الملف", "file is required"));
		}
		List<PortalUploads.Checked> checked = uploads.check(file == null ? List.of() : List.of(file),
				type == null ? List.of() : List.of(type), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		SupportRequest request = supportRequests.findByReference(session.reference()).orElseThrow(PortalController::sessionEnded);
		PortalUploads.Checked one = checked.get(0);
		documents.storeFromApplicant(request.id(), one.type(), one.storedName(), one.contentType(), one.bytes());
		audit.record("portal", AuditTrail.Action.CHANGE, session.reference(),
				"document " + one.type() + " supplied by the applicant on the website");
		return ResponseEntity.status(HttpStatus.CREATED).body(status(session, null));
	}

	/** The mobile or the address, changed by the applicant after a code to the mobile on file. */
	@PostMapping("/api/portal/tracking/contact")
	Map<String, Object> contact(@RequestHeader(name = SESSION_HEADER, required = false) String token,
			@RequestBody ContactChange change) {
		PortalCodes.Session session = session(token);
		List<Violation> violations = new ArrayList<>();
		String mobile = IntakeValidation.mobile(change.mobile(), violations);
		String address = sa.org.hayaniyah.masar.common.EdgeChecks.text("address", "العنوان", change.address(), 300, violations);
		if (violations.isEmpty() && mobile == null && address == null) {
			violations.add(new Violation("mobile", "اكتب رقم الجوال الجديد أو العنوان الجديد", "nothing to change"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<String> changed = new ArrayList<>();
		String why = "طلب المستفيد عبر الموقع الإلكتروني بعد التحقق برمز إلى جواله المسجل";
		if (mobile != null) {
			stages.changeContact(session.reference(), "mobile", mobile, why, "portal");
			changed.add("رقم الجوال");
		}
		if (address != null) {
			stages.changeContact(session.reference(), "address", address, why, "portal");
			changed.add("العنوان");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("changed", changed);
		answer.put("message", "تم تحديث " + String.join(" و", changed) + " في ملفكم");
		return answer;
	}

	private PortalCodes.Session session(String token) {
		return codes.session(token).orElseThrow(PortalController::sessionEnded);
	}

	private static SessionEnded sessionEnded() {
		return new SessionEnded();
	}

	private Status status(PortalCodes.Session session, String token) {
		RequestStage s = stages.of(session.reference())
			.filter(r -> r.nationalId().equals(session.nationalId()))
			.orElseThrow(PortalController::sessionEnded);
		audit.record("portal", AuditTrail.Action.READ, s.reference(), "request stage shown to the applicant on the website");
		return new Status(s.reference(), s.stage(), s.stageLabel(), s.missingInformation(), Dates.of(s.submittedAt(), clock),
				Dates.of(s.committeeDeadline(), clock), Dates.of(s.decidedAt(), clock), Dates.of(s.closedAt(), clock),
				s.closedAt() == null, token);
	}

	/** The session expired or never was: 401, so the page asks for the reference again. */
	static final class SessionEnded extends RuntimeException {

		SessionEnded() {
			super("portal session ended");
		}

	}

	@ExceptionHandler(SessionEnded.class)
	ResponseEntity<ProblemDetail> sessionEnded(SessionEnded e) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "The tracking session has ended", SESSION_ENDED));
	}

	@ExceptionHandler(PortalCodes.Refused.class)
	ResponseEntity<ProblemDetail> refused(PortalCodes.Refused e) {
		HttpStatus status = e.tooMany ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = Problems.invalid("The code was not accepted", e);
		problem.setStatus(status);
		return ResponseEntity.status(status).body(problem);
	}

}
