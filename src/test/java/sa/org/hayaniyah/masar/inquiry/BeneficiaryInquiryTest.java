package sa.org.hayaniyah.masar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.notification.Notifications;

/**
 * The paths of {@code beneficiary-inquiry}: answered in time (with the answer library), referred to social research,
 * escalated after its deadline, a complaint reviewed by a supervisor, and inquiries from the online channels.
 */
@MasarIntegrationTest
class BeneficiaryInquiryTest extends JourneyTestSupport {

	private static final String PROCESS = "beneficiary-inquiry";

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	Inquiries inquiries;

	@Autowired
	StandardAnswers standardAnswers;

	@Autowired
	Notifications notifications;

	@Autowired
	TestRestTemplate rest;

	@Test
	void anInquiryIsAnsweredInTimeThroughTheChannelUsedAndTheAnswerJoinsTheLibrary() {
		// Sunday 10:00 in Riyadh: two working days later is Tuesday 10:00
		ProcessInstance instance = record("PROCEDURE", "ما المستندات المطلوبة لطلب سلة غذائية؟");
		String reference = instance.getBusinessKey();
		assertThat(reference).matches("HY-Q-14\\d\\d-\\d{6}");
		assertThat(instance).isWaitingAt("Task_AnswerInquiry");
		Task task = task(instance);
		assertThat(task).hasCandidateGroup("reception");
		assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-24T07:00:00Z")));
		Inquiry recorded = inquiries.findByReference(reference).orElseThrow();
		assertThat(recorded.mobile()).isEqualTo("+966551234567");
		assertThat(recorded.receivedBy()).isEqualTo("reception1");

		String answer = "المطلوب صورة الهوية وسجل الأسرة وما يثبت الدخل، ويمكن إحضارها إلى مقر الجمعية.";
		assertThatThrownBy(() -> journey.complete(instance, "Task_AnswerInquiry", "reception1", Map.of("answer", "")))
			.hasMessageContaining("اكتب الرد على الاستفسار أو اختر إجابة جاهزة");
		assertThatThrownBy(() -> journey.complete(instance, "Task_AnswerInquiry", "reception1",
				Map.of("answer", answer, "saveToLibrary", true)))
			.hasMessageContaining("اكتب السؤال كما يُحفظ في مكتبة الإجابات");
		journey.complete(instance, "Task_AnswerInquiry", "reception1",
				Map.of("answer", answer, "saveToLibrary", true, "libraryQuestion", "مستندات طلب السلة الغذائية"));

		assertThat(instance).isWaitingAt("CallActivity_InquirySurvey")
			.hasPassedInOrder("Task_RegisterInquiry", "Task_AnswerInquiry", "Task_SendInquiryAnswer", "Task_CloseInquiry")
			.hasNotPassed("Task_AnswerProcedureQuestion", "Task_ReviewComplaint", "Task_RecordInquiryEscalation");
		Inquiry answered = inquiries.get(recorded.id());
		assertThat(answered.answer()).isEqualTo(answer);
		assertThat(answered.answeredBy()).isEqualTo("reception1");
		assertThat(answered.answeredInTime()).isTrue();
		assertThat(answered.status()).isEqualTo("CLOSED");
		assertThat(runtimeService.getVariable(instance.getId(), "answeredInTime")).isEqualTo(true);
		assertThat(notifications.findByReference(reference)).extracting(Notifications.Queued::template)
			.containsExactly("inquiry-answer", "survey-invitation");
		assertThat(notifications.findByReference(reference).get(0)).satisfies(n -> {
			assertThat(n.channel()).isEqualTo("SMS");
			assertThat(n.body()).contains(answer).contains(reference);
		});
		assertThat(runtimeService.getVariable(journey.survey(instance).getId(), "surveySubject")).isEqualTo("INQUIRY");

		// the next procedure question offers the saved answer; picking it sends it as written in the library
		StandardAnswers.StandardAnswer saved = standardAnswers.forKind(InquiryKind.PROCEDURE)
			.stream()
			.filter(a -> a.question().equals("مستندات طلب السلة الغذائية"))
			.findFirst()
			.orElseThrow();
		ProcessInstance next = record("PROCEDURE", "ماذا أحضر معي لطلب السلة الغذائية؟");
		assertThat(taskService.getVariableLocal(task(next).getId(), "standardAnswerOptions").toString())
			.contains("مستندات طلب السلة الغذائية").contains("\"" + saved.id() + "\"");
		journey.complete(next, "Task_AnswerInquiry", "reception2", Map.of("standardAnswerId", Long.toString(saved.id())));
		assertThat(inquiries.findByReference(next.getBusinessKey()).orElseThrow().answer()).isEqualTo(answer);
		assertThat(standardAnswers.forKind(InquiryKind.PROCEDURE)).filteredOn(a -> a.id() == saved.id())
			.singleElement()
			.extracting(StandardAnswers.StandardAnswer::timesUsed)
			.isEqualTo(saved.timesUsed() + 1);
	}

	@Test
	void aProcedureQuestionReceptionCannotAnswerGoesToSocialResearch() {
		ProcessInstance status = record("STATUS", "متى يصدر قرار طلبي؟");
		assertThatThrownBy(() -> journey.complete(status, "Task_AnswerInquiry", "reception1", Map.of("referToResearch", true)))
			.hasMessageContaining("لأسئلة الإجراءات فقط");

		ProcessInstance instance = record("PROCEDURE", "هل تشمل الزيارة الميدانية الأقارب المقيمين معنا؟");
		assertThatThrownBy(() -> journey.complete(instance, "Task_AnswerInquiry", "reception1", Map.of("referToResearch", true)))
			.hasMessageContaining("اختر سبب الإحالة");
		journey.complete(instance, "Task_AnswerInquiry", "reception1",
				Map.of("referToResearch", true, "referralReason", "FIELD_VISIT"));
		assertThat(instance).isWaitingAt("Task_AnswerProcedureQuestion");
		assertThat(task(instance)).hasCandidateGroup("social-research");
		assertThat(inquiries.findByReference(instance.getBusinessKey()).orElseThrow().routedTo()).isEqualTo("SOCIAL_RESEARCH");

		journey.complete(instance, "Task_AnswerProcedureQuestion", "researcher1",
				Map.of("answer", "نعم، تشمل الزيارة كل من يقيم في المنزل ويعتمد على دخل الأسرة."));
		assertThat(instance).isWaitingAt("CallActivity_InquirySurvey")
			.hasPassed("Task_AnswerInquiry", "Task_AnswerProcedureQuestion", "Task_SendInquiryAnswer");
		assertThat(inquiries.findByReference(instance.getBusinessKey()).orElseThrow().answeredBy()).isEqualTo("researcher1");
	}

	@Test
	void anInquiryNotAnsweredInTwoWorkingDaysIsEscalatedToSupervisors() {
		// Thursday 10:00 in Riyadh: Friday and Saturday do not count, the deadline is Monday 10:00
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-26T07:00:00Z")));
		ProcessInstance instance = record("STATUS", "أين وصل طلبي رقم HY-1448-000001؟");
		String reference = instance.getBusinessKey();
		assertThat(task(instance).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T07:00:00Z")));

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T06:59:00Z")));
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
			.duedateLowerThan(ClockUtil.getCurrentTime()).count()).isZero();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T07:00:00Z")));
		journey.fireTimer(instance, "Event_AnswerOverdue");

		assertThat(instance).hasPassed("Task_RecordInquiryEscalation", "Task_NotifySupervisorsOfOverdueInquiry",
				"Event_InquiryEscalated").isWaitingAt("Task_AnswerInquiry");
		assertThat(inquiries.findByReference(reference).orElseThrow().escalatedAt()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
		assertThat(notifications.findByReference(reference)).singleElement().satisfies(n -> {
			assertThat(n.template()).isEqualTo("inquiry-overdue");
			assertThat(n.channel()).isEqualTo("INTERNAL");
			assertThat(n.recipient()).isEqualTo("group:supervisors");
		});

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T09:30:00Z")));
		journey.complete(instance, "Task_AnswerInquiry", "reception1", Map.of("answer", "طلبكم لدى لجنة البحث وسيصلكم القرار قريبًا."));
		Inquiry late = inquiries.findByReference(reference).orElseThrow();
		assertThat(late.answeredInTime()).isFalse();
		assertThat(runtimeService.getVariable(instance.getId(), "answeredInTime")).isEqualTo(false);
	}

	@Test
	void aComplaintIsReviewedByASupervisorBeforeClosing() {
		ProcessInstance instance = record("COMPLAINT", "انتظرت ساعتين في الاستقبال دون أن يخدمني أحد");
		journey.complete(instance, "Task_AnswerInquiry", "reception1",
				Map.of("answer", "نعتذر عن الانتظار، وسنرتب لكم موعدًا مسبقًا في زيارتكم القادمة."));
		assertThat(instance).isWaitingAt("Task_ReviewComplaint").hasPassed("Task_SendInquiryAnswer");
		assertThat(task(instance)).hasCandidateGroup("supervisors");
		assertThat(inquiries.findByReference(instance.getBusinessKey()).orElseThrow().status()).isEqualTo("ANSWERED");

		assertThatThrownBy(() -> journey.complete(instance, "Task_ReviewComplaint", "supervisor1", Map.of("reviewNotes", "")))
			.hasMessageContaining("اكتب نتيجة مراجعة الشكوى");
		journey.complete(instance, "Task_ReviewComplaint", "supervisor1",
				Map.of("reviewNotes", "نُظّم الاستقبال بمواعيد مسبقة، واتصلت بالمشتكي واعتذرت له."));
		assertThat(instance).isWaitingAt("CallActivity_InquirySurvey").hasPassed("Task_ReviewComplaint", "Task_CloseInquiry");
		Inquiry reviewed = inquiries.findByReference(instance.getBusinessKey()).orElseThrow();
		assertThat(reviewed.reviewedBy()).isEqualTo("supervisor1");
		assertThat(reviewed.status()).isEqualTo("CLOSED");
	}

	@Test
	void anInquiryLinksToTheApplicantsOpenRequest() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance request = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		Map<String, Object> form = TestApplicants.inquiryForm("STATUS", "ما حالة طلبي؟");
		form.put("nationalId", nationalId);
		ProcessInstance instance = journey.start(PROCESS, "reception1", form);
		Inquiry inquiry = inquiries.findByReference(instance.getBusinessKey()).orElseThrow();
		assertThat(inquiry.requestId()).isEqualTo(runtimeService.getVariable(request.getId(), "supportRequestId"));
		assertThat(inquiry.receivedBy()).isEqualTo("reception1");

		Map<String, Object> unknown = TestApplicants.inquiryForm("STATUS", "ما حالة طلبي؟");
		unknown.put("requestReference", "HY-1400-999999");
		assertThatThrownBy(() -> journey.start(PROCESS, "reception1", unknown)).hasMessageContaining("لا يوجد طلب بالرقم");
	}

	@Test
	void onlineChannelsSendInquiriesThroughTheApi() {
		ResponseEntity<Map<String, Object>> accepted = post(Map.of("channel", "C7", "inquiryKind", "SUGGESTION", "question",
				"أقترح إتاحة حجز موعد عبر الموقع", "personName", "نورة علي", "email", "noura@example.com",
				"preferredChannel", "EMAIL"));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) accepted.getBody().get("referenceNumber");
		Inquiry inquiry = inquiries.findByReference(reference).orElseThrow();
		assertThat(inquiry.channel()).isEqualTo("C7");
		assertThat(inquiry.kind()).isEqualTo(InquiryKind.SUGGESTION);

		ResponseEntity<Map<String, Object>> inPerson = post(Map.of("channel", "C1", "inquiryKind", "PROCEDURE", "question",
				"كيف أقدم طلبًا؟", "personName", "نورة علي", "mobile", "0551234567"));
		assertThat(inPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(inPerson.getBody().get("violations").toString()).contains("للقنوات الإلكترونية فقط");

		ResponseEntity<Map<String, Object>> invalid = post(Map.of("channel", "C3", "inquiryKind", "OTHER", "question", "؟",
				"personName", "نورة علي"));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody().get("violations").toString()).contains("inquiryKind").contains("question").contains("mobile");
	}

	private ProcessInstance record(String kind, String question) {
		return journey.start(PROCESS, "reception1", TestApplicants.inquiryForm(kind, question));
	}

	private Task task(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private ResponseEntity<Map<String, Object>> post(Map<String, Object> body) {
		return rest.exchange("/api/inquiries", HttpMethod.POST, new HttpEntity<>(body), OBJECT);
	}

}
