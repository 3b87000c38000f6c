package sa.org.hayaniyah.masar.family;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.PersonalData;
import sa.org.hayaniyah.masar.family.FamilyRecords.Decision;
import sa.org.hayaniyah.masar.family.FamilyRecords.Request;
import sa.org.hayaniyah.masar.inquiry.InquiryKind;
import sa.org.hayaniyah.masar.intake.RecordedMember;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.labels.CodeLabels;
import sa.org.hayaniyah.masar.security.RequestAccess;
import sa.org.hayaniyah.masar.verification.Check;
import sa.org.hayaniyah.masar.verification.CheckOutcome;
import sa.org.hayaniyah.masar.verification.VerificationResults;

/**
 * Opens a family's file on need-to-know and appends case notes. A family is its national ID: the file gathers every
 * request made with it. Who sees what:
 * <ul>
 * <li>supervisors and administrators: everything;</li>
 * <li>anyone {@link RequestAccess} lets read a request (social research and the committee on the requests they work
 * on, reception on those it received): that request in full, and the applicant and household;</li>
 * <li>reception on any other family: the stage of each request, the contact data and the timeline (O3);</li>
 * <li>anyone else: 404, as for a reference that does not exist. Analysts never reach here (403).</li>
 * </ul>
 * Every opening and every note is written to the personal-data access audit.
 */
@Service
class FamilyFiles {

	static final int MAX_NOTE = 2000;

	/** References are short codes; anything longer is nobody's request. */
	static final int MAX_REFERENCE = 40;

	private static final Map<String, String> MESSAGE_STATUS = Map.of("PENDING", "بانتظار الإرسال", "SENDING",
			"قيد الإرسال", "SENT", "أُرسلت", "FAILED", "تعذّر الإرسال", "UNCERTAIN", "لم يتأكد الإرسال");

	private static final Map<String, String> FOLLOW_UP_REASON = Map.of("ID_EXPIRING", "قرب انتهاء الهوية",
			"SUPPORT_RENEWAL", "حان تجديد الدعم", "NO_CONTACT", "لم يُتواصل مع الأسرة منذ مدة", "SERVICE_NOT_DELIVERED",
			"خدمة معتمدة لم تُقدَّم بعد");

	/** Events at the same moment in the journey's order (an engine step and what it records share one clock reading). */
	private static final List<String> KIND_ORDER = List.of("REQUEST", "DOCUMENT", "TASK", "RESEARCH", "VISIT", "DECISION",
			"REGISTRATION", "MESSAGE", "DELIVERY", "SURVEY", "INQUIRY", "COMPLAINT", "FOLLOW_UP", "CHANGE", "CHANGE_DECISION",
			"ELIGIBILITY", "CLOSURE");

	private final FamilyRecords records;

	private final EngineRecords engine;

	private final RequestAccess access;

	private final FamilyChanges changes;

	private final SupportRequests supportRequests;

	private final VerificationResults verification;

	private final CodeLabels labels;

	private final AuditTrail audit;

	private final Clock clock;

	FamilyFiles(FamilyRecords records, EngineRecords engine, RequestAccess access, FamilyChanges changes,
			SupportRequests supportRequests, VerificationResults verification, CodeLabels labels, AuditTrail audit,
			Clock clock) {
		this.records = records;
		this.changes = changes;
		this.supportRequests = supportRequests;
		this.engine = engine;
		this.access = access;
		this.verification = verification;
		this.labels = labels;
		this.audit = audit;
		this.clock = clock;
	}

	/** The file of the family that made request {@code reference}, as the caller may see it. */
	FamilyFile open(Caller caller, String reference) {
		Opened opened = openable(caller, reference);
		audit.record(caller.user(), AuditTrail.Action.READ, reference,
				"family file, " + (opened.full().isEmpty() ? "reception view" : "full view"));
		return build(caller, opened);
	}

	/** Appends a note to the family's file; notes are never edited or deleted. */
	FamilyFile.Note addNote(Caller caller, String reference, String text) {
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		String body = EdgeChecks.text("text", "نص الملاحظة", text, MAX_NOTE, violations);
		if (violations.isEmpty() && body == null) {
			violations.add(new InvalidInputException.Violation("text", "اكتب نص الملاحظة", "text is required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Opened opened = openable(caller, reference);
		FamilyRecords.Note note = records.addNote(opened.nationalId(), reference, body, caller.user(), clock.instant());
		audit.record(caller.user(), AuditTrail.Action.CHANGE, reference, "family file note " + note.id());
		return new FamilyFile.Note(note.id(), note.reference(), note.body(), note.writtenBy(), note.writtenAt());
	}

	/**
	 * Changes a registered family's data (see {@link FamilyChanges}): anyone who may open the file may ask; a family
	 * without a beneficiary file changes its data in its request's tasks instead.
	 */
	FamilyFile.Change change(Caller caller, String reference, FamilyChanges.Input input) {
		Opened opened = openable(caller, reference);
		InvalidInputException notRegistered = InvalidInputException.of("reference",
				"لم يُفتح للأسرة ملف مستفيد بعد: تُعدَّل بياناتها في مهام الطلب", "the family is not registered yet");
		FamilyRecords.File file = records.filesOf(List.of(opened.nationalId()))
			.stream()
			.findFirst()
			.orElseThrow(() -> notRegistered);
		long registered = records.registeredRequest(opened.nationalId()).orElseThrow(() -> notRegistered);
		return view(changes.request(caller.user(),
				new FamilyChanges.Target(opened.nationalId(), file.fileNumber(), reference, registered), input), true);
	}

	/** A supervisor approves or rejects a change that can affect eligibility. */
	FamilyFile.Change decide(Caller caller, long id, Object approve, Object note) {
		return view(changes.decide(caller.user(), id, approve, note), true);
	}

	/** Household and income changes, their member and the eligibility found after them: the full view only. */
	private FamilyFile.Change view(FamilyChanges.Change c, boolean full) {
		boolean shown = full || !c.affectsEligibility();
		FamilyChanges.Member m = shown ? c.member() : null;
		return new FamilyFile.Change(c.id(), c.field(), FamilyChanges.FIELDS.get(c.field()), shown ? c.value() : null,
				c.reason(), c.status(), FamilyChanges.STATUS.get(c.status()), c.requestedBy(), c.requestedAt(), c.decidedBy(),
				c.decidedAt(), c.note(), c.action(), c.action() == null ? null : FamilyChanges.ACTIONS.get(c.action()),
				shown ? c.memberId() : null,
				m == null ? null
						: new FamilyFile.Member(null, m.name(), m.relation(), labels.label("relation", m.relation()),
								m.nationalId(), m.age(), m.monthlyIncome()),
				full ? c.eligibility() : null,
				full && c.eligibility() != null ? FamilyChanges.ELIGIBILITY.get(c.eligibility()) : null,
				full ? c.eligibilityReason() : null, full && c.needsReview());
	}

	private record Opened(String nationalId, List<Request> requests, Set<String> full) {
	}

	private Opened openable(Caller caller, String reference) {
		if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
			throw new FamilyNotFoundException();
		}
		String nationalId = records.nationalIdOfRequest(reference).orElseThrow(FamilyNotFoundException::new);
		List<Request> requests = records.requestsOf(List.of(nationalId));
		if (requests.isEmpty()) {
			throw new FamilyNotFoundException();
		}
		Set<String> full = requests.stream()
			.map(Request::reference)
			.filter(r -> caller.supervises() || access.canRead(caller.user(), caller.groups(), r))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (full.isEmpty() && !caller.reception()) {
			throw new FamilyNotFoundException();
		}
		return new Opened(nationalId, requests, full);
	}

	private FamilyFile build(Caller caller, Opened opened) {
		List<Request> requests = opened.requests();
		Set<String> full = opened.full();
		boolean anyFull = !full.isEmpty();
		List<Long> ids = requests.stream().map(Request::id).toList();
		Optional<FamilyRecords.File> file = records.filesOf(List.of(opened.nationalId())).stream().findFirst();
		List<Decision> decisions = records.decisions(ids);
		List<FamilyRecords.Inquiry> inquiries = records.inquiries(List.of(opened.nationalId()), ids);
		Map<String, Set<String>> openTasks = engine.openTasks(requests.stream().map(Request::reference).toList());
		Map<Long, Request> byId = requests.stream().collect(Collectors.toMap(Request::id, Function.identity()));

		List<FamilyFile.Request> views = requests.stream()
			.map(r -> request(r, full.contains(r.reference()), finalDecision(decisions, r.id()), file,
					openTasks.getOrDefault(r.reference(), Set.of())))
			.toList();

		Request latest = requests.stream().filter(r -> full.contains(r.reference())).findFirst().orElse(requests.get(0));
		FamilyFile.Applicant applicant = applicant(latest, file.orElse(null), anyFull);
		// through intake's API, with each member's id, which a household change names the member by
		List<FamilyFile.Member> household = anyFull ? supportRequests.recordedMembers(latest.id())
			.stream()
			.sorted(Comparator.comparingInt((RecordedMember m) -> m.member().age()).reversed())
			.map(r -> new FamilyFile.Member(r.id(), r.member().name(), r.member().relation(),
					labels.label("relation", r.member().relation()), r.member().nationalId(), r.member().age(),
					r.member().monthlyIncome()))
			.toList() : List.of();

		Timeline timeline = new Timeline(full, byId);
		requests.forEach(r -> timeline.request(r));
		decisions.forEach(d -> timeline.decision(d));
		records.messages(ids).forEach(m -> timeline.message(m));
		records.documents(ids).forEach(d -> timeline.document(d));
		records.researches(ids).forEach(r -> timeline.research(r));
		file.ifPresent(timeline::registration);
		List<Long> fileIds = file.map(f -> List.of(f.id())).orElse(List.of());
		records.deliveries(ids, fileIds).forEach(d -> timeline.delivery(d, anyFull));
		inquiries.forEach(i -> timeline.inquiry(i));
		records.surveys(ids).forEach(s -> timeline.survey(s));
		records.followUps(fileIds).forEach(f -> timeline.followUp(f));
		List<String> references = Stream.concat(requests.stream().map(Request::reference),
				inquiries.stream().map(FamilyRecords.Inquiry::reference)).toList();
		engine.doneTasks(references).forEach(t -> timeline.task(t));

		List<FamilyFile.Note> notes = records.notes(opened.nationalId())
			.stream()
			.map(n -> new FamilyFile.Note(n.id(), n.reference(), n.body(), n.writtenBy(), n.writtenAt()))
			.toList();
		List<FamilyChanges.Change> changed = changes.of(opened.nationalId());
		changed.forEach(c -> timeline.change(c, anyFull));
		String view = anyFull ? FamilyFile.FULL : FamilyFile.RECEPTION;
		return new FamilyFile(view, anyFull ? "الملف كاملًا" : "عرض الاستقبال: المرحلة وبيانات التواصل والسجل", applicant,
				household, views, timeline.events(), notes, changed.stream().map(c -> view(c, anyFull)).toList(),
				anyFull ? eligibilityReview(changed) : null,
				file.isPresent() && records.registeredRequest(opened.nationalId()).isPresent(), caller.supervises());
	}

	/**
	 * The latest eligibility check after an approved household change, when it asks for a review of the family's
	 * eligibility (not eligible any more, or for the committee to judge); null when none does.
	 */
	private static String eligibilityReview(List<FamilyChanges.Change> changed) {
		return changed.stream()
			.filter(c -> c.eligibility() != null)
			.reduce((first, second) -> second)
			.filter(FamilyChanges.Change::needsReview)
			.map(c -> FamilyChanges.ELIGIBILITY.get(c.eligibility()) + " (بعد تغيير " + FamilyChanges.FIELDS.get(c.field())
					+ "): " + c.eligibilityReason())
			.orElse(null);
	}

	/** The decision that ended the committee's study: approval or rejection (a return for more research does not). */
	private static Decision finalDecision(List<Decision> decisions, long requestId) {
		return decisions.stream()
			.filter(d -> d.requestId() == requestId)
			.filter(d -> "APPROVED".equals(d.outcome()) || "REJECTED".equals(d.outcome()))
			.reduce((first, second) -> second)
			.orElse(null);
	}

	private FamilyFile.Request request(Request r, boolean full, Decision decision, Optional<FamilyRecords.File> file,
			Set<String> openTasks) {
		boolean registered = decision != null && "APPROVED".equals(decision.outcome()) && file.isPresent();
		Stage stage = Stage.of(r.status(), openTasks, decision != null, registered);
		List<String> missing = stage == Stage.MISSING_INFORMATION ? missingInformation(r.id()) : List.of();
		return new FamilyFile.Request(r.reference(), full, r.channel(), labels.label("channel", r.channel()), r.supportType(),
				labels.label("supportType", r.supportType()), r.submittedAt(), r.status(), labels.label("status", r.status()),
				stage.name(), stage.label(), missing,
				CommitteeClocks.of(r.committeeDeadline(), decision == null ? null : decision.decidedAt(), r.closedAt(),
						clock.instant(), clock.getZone()),
				decision == null ? null
						: new FamilyFile.Decision(decision.number(), decision.outcome(),
								labels.label("committeeOutcome", decision.outcome()), decision.decidedAt(),
								full ? decision.decidedBy() : null),
				registered ? file.get().fileNumber() : null, r.closedAt(), full ? r.closureReason() : null);
	}

	/** What the applicant still has to bring, as the latest verification listed it. */
	private List<String> missingInformation(long requestId) {
		List<Check> checks = verification.findByRequest(requestId);
		List<String> missing = checks.stream().filter(c -> c.outcome() == CheckOutcome.MISSING).map(Check::message).toList();
		return missing.isEmpty() ? checks.stream().filter(c -> !c.passed()).map(Check::message).toList() : missing;
	}

	/** The file's data wins over the request's: it is what was registered and corrected since. */
	private FamilyFile.Applicant applicant(Request r, FamilyRecords.File file, boolean full) {
		String mobile = file != null ? file.mobile() : r.mobile();
		String city = file != null && file.city() != null ? file.city() : r.city();
		String district = file != null && file.district() != null ? file.district() : r.district();
		if (!full) {
			return new FamilyFile.Applicant(r.name(), PersonalData.mask(r.nationalId()), mobile,
					file == null ? null : file.fileNumber(), file == null ? null : file.registeredAt(), city, district, null, null,
					null, null, null, null);
		}
		String address = file != null && file.address() != null ? file.address() : r.address();
		return new FamilyFile.Applicant(file != null ? file.name() : r.name(), r.nationalId(), mobile,
				file == null ? null : file.fileNumber(), file == null ? null : file.registeredAt(), city, district, address,
				r.dateOfBirth(), r.nationality(), labels.label("nationality", r.nationality()), r.householdSize(),
				r.monthlyIncome());
	}

	/** The events of the file, oldest first; details only where the caller sees the request in full. */
	private final class Timeline {

		private final List<FamilyFile.Event> events = new ArrayList<>();

		private final Set<String> full;

		private final Map<Long, Request> requests;

		Timeline(Set<String> full, Map<Long, Request> requests) {
			this.full = full;
			this.requests = requests;
		}

		List<FamilyFile.Event> events() {
			return events.stream()
				.sorted(Comparator.comparing(FamilyFile.Event::at, Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparingInt(e -> KIND_ORDER.indexOf(e.kind())))
				.toList();
		}

		private String reference(Long requestId) {
			Request r = requestId == null ? null : requests.get(requestId);
			return r == null ? null : r.reference();
		}

		private boolean full(String reference) {
			return reference != null && full.contains(reference);
		}

		private void add(Instant at, String reference, String kind, String kindLabel, String title, String by, String detail,
				String status, String statusLabel) {
			events.add(new FamilyFile.Event(at, reference, kind, kindLabel, title, by, detail, status, statusLabel));
		}

		void request(Request r) {
			add(r.submittedAt(), r.reference(), "REQUEST", "تقديم الطلب",
					"طلب " + labels.label("supportType", r.supportType()) + " عبر " + labels.label("channel", r.channel()),
					r.receivedBy(), null, r.channel(), labels.label("channel", r.channel()));
			if (r.closedAt() != null) {
				add(r.closedAt(), r.reference(), "CLOSURE", "إغلاق الطلب", labels.label("status", r.status()), null,
						full(r.reference()) ? r.closureReason() : null, r.status(), labels.label("status", r.status()));
			}
		}

		void decision(Decision d) {
			String reference = reference(d.requestId());
			String title = "قرار اللجنة" + (d.number() == null ? "" : " رقم " + d.number()) + ": "
					+ labels.label("committeeOutcome", d.outcome());
			add(d.decidedAt(), reference, "DECISION", "قرار", title, full(reference) ? d.decidedBy() : null,
					"الجولة " + d.round(), d.outcome(), labels.label("committeeOutcome", d.outcome()));
		}

		void message(FamilyRecords.Message m) {
			String reference = reference(m.requestId());
			add(m.sentAt() != null ? m.sentAt() : m.createdAt(), reference, "MESSAGE", "رسالة إلى الأسرة",
					m.subject() != null ? m.subject() : "رسالة " + channelOfMessage(m.channel()), null, m.body(), m.status(),
					MESSAGE_STATUS.getOrDefault(m.status(), m.status()));
		}

		void document(FamilyRecords.Document d) {
			String reference = reference(d.requestId());
			add(d.receivedAt(), reference, "DOCUMENT", "مستند", "استلام " + labels.label("documentsReceived", d.type()), null,
					null, d.verifiedAt() == null ? "RECEIVED" : "VERIFIED",
					d.verifiedAt() == null ? "استُلم" : "تُحقق منه");
		}

		void research(FamilyRecords.Research r) {
			String reference = reference(r.requestId());
			String title = r.fieldVisit() ? "بحث اجتماعي مع زيارة ميدانية" + (r.visitDate() == null ? "" : " في " + r.visitDate())
					: "بحث اجتماعي دون زيارة";
			add(r.completedAt(), reference, r.fieldVisit() ? "VISIT" : "RESEARCH", r.fieldVisit() ? "زيارة ميدانية" : "بحث اجتماعي",
					title, r.researcher(), full(reference) ? r.findings() : null, r.recommendation(),
					labels.label("researchRecommendation", r.recommendation()));
		}

		void registration(FamilyRecords.File f) {
			add(f.registeredAt(), null, "REGISTRATION", "فتح ملف المستفيد", "فُتح ملف المستفيد رقم " + f.fileNumber(), null,
					null, null, null);
		}

		void delivery(FamilyRecords.Delivery d, boolean anyFull) {
			String reference = reference(d.requestId());
			boolean detail = reference == null ? anyFull : full(reference);
			add(d.recordedAt(), reference, "DELIVERY", "تقديم الخدمة", d.description(), d.deliveredBy(),
					detail && d.amount() != null ? "المبلغ " + d.amount().toPlainString() + " ريال، في " + d.deliveredOn() : null,
					null, null);
		}

		void inquiry(FamilyRecords.Inquiry i) {
			String kind = "COMPLAINT".equals(i.kind()) ? "COMPLAINT" : "INQUIRY";
			String answered = i.answeredAt() != null ? "ANSWERED" : i.closedAt() != null ? "CLOSED" : "OPEN";
			add(i.receivedAt(), i.reference(), kind, "COMPLAINT".equals(kind) ? "شكوى" : "استفسار",
					kindLabel(i.kind()) + " عبر " + labels.label("channel", i.channel()), i.answeredBy(), null, answered,
					switch (answered) {
						case "ANSWERED" -> "أُجيب";
						case "CLOSED" -> "أُغلق";
						default -> "بانتظار الرد";
					});
		}

		void survey(FamilyRecords.Survey s) {
			String reference = reference(s.requestId());
			add(s.sentAt(), reference, "SURVEY", "قياس الرضا", "دعوة لتقييم " + labels.label("surveySubject", s.subject()),
					null, s.overall() == null ? null : "التقييم العام " + s.overall() + " من 5", s.status(),
					labels.label("status", s.status()));
		}

		void followUp(FamilyRecords.FollowUp f) {
			add(f.foundAt(), null, "FOLLOW_UP", "متابعة استباقية", FOLLOW_UP_REASON.getOrDefault(f.reason(), f.reason()), null,
					null, f.status(), "DONE".equals(f.status()) ? "تمت" : "مفتوحة");
		}

		/**
		 * The change asked, the supervisor's decision, and the eligibility found on the household it left (the outcome in
		 * every view, so reception knows a review is pending; its reason in the full view).
		 */
		void change(FamilyChanges.Change c, boolean anyFull) {
			String what = c.action() != null ? FamilyChanges.ACTIONS.get(c.action()) : "تغيير " + FamilyChanges.FIELDS.get(c.field());
			add(c.requestedAt(), null, "CHANGE", "تغيير بيانات الأسرة", what, c.requestedBy(), c.reason(), c.status(),
					FamilyChanges.STATUS.get(c.status()));
			if (c.decidedAt() != null) {
				add(c.decidedAt(), null, "CHANGE_DECISION", "قرار المشرف على التغيير",
						("APPROVED".equals(c.status()) ? "اعتماد " : "رفض ") + what, c.decidedBy(), anyFull ? c.note() : null,
						c.status(), FamilyChanges.STATUS.get(c.status()));
			}
			if (c.eligibility() != null) {
				add(c.decidedAt(), null, "ELIGIBILITY", "إعادة فحص الأهلية", FamilyChanges.ELIGIBILITY.get(c.eligibility()),
						null, anyFull ? c.eligibilityReason() : null, c.needsReview() ? "REVIEW" : "ELIGIBLE",
						c.needsReview() ? "تحتاج مراجعة" : "مستحقة");
			}
		}

		void task(EngineRecords.DoneTask t) {
			add(t.at(), t.reference(), "TASK", "مهمة أُنجزت", t.name(), t.by(), null, null, null);
		}

		private String kindLabel(String kind) {
			return Stream.of(InquiryKind.values())
				.filter(k -> k.name().equals(kind))
				.map(InquiryKind::arabic)
				.findFirst()
				.orElse(Objects.toString(kind, ""));
		}

		private static String channelOfMessage(String channel) {
			return switch (Objects.toString(channel, "")) {
				case "SMS" -> "نصية";
				case "EMAIL" -> "بالبريد الإلكتروني";
				case "LETTER" -> "خطاب";
				default -> Objects.toString(channel, "");
			};
		}

	}

}
