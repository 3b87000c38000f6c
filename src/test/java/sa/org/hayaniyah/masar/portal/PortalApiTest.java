package sa.org.hayaniyah.masar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.api.RateLimits;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.verification.SubmittedDocuments;

/**
 * The website portal's API from outside (issue 23): only a confirmed code starts the journey; every refusal answers
 * 4xx in Arabic; tracking answers a wrong reference exactly as a wrong ID; CSRF, rate limits, the pages' CSP.
 */
@MasarIntegrationTest
class PortalApiTest extends DatabaseTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	SubmittedDocuments documents;

	@Autowired
	JourneyDriver journey;

	@Autowired
	RateLimits rateLimits;

	PortalClient portal;

	@BeforeEach
	void openPortal() {
		rateLimits.forgetAll();
		portal = new PortalClient(rest, jdbc).open();
	}

	static Map<String, Object> application(String nationalId) {
		Map<String, Object> a = new HashMap<>();
		a.put("nationalId", nationalId);
		a.put("applicantName", "فاطمة محمد سعيد الحياني");
		a.put("mobile", TestApplicants.mobile(nationalId));
		a.put("supportType", "FOOD_BASKET");
		a.put("city", "الحيانية");
		a.put("district", "الشمالي");
		a.put("address", "شارع الملك فهد");
		a.put("householdSize", 3);
		a.put("monthlyIncome", 2500);
		a.put("householdMembers", List.of(Map.of("name", "سارة علي الحياني", "relation", "DAUGHTER", "age", 9),
				Map.of("name", "علي محمد الحياني", "relation", "SON", "age", 12)));
		a.put("requestSummary", "نحتاج سلة غذائية شهرية");
		a.put("declarationAccepted", true);
		a.put("consentGiven", true);
		return a;
	}

	static List<Object[]> twoDocuments() {
		List<Object[]> files = new ArrayList<>();
		files.add(new Object[] { "ID_COPY", "هويتي.pdf", "application/pdf", PortalClient.PDF });
		files.add(new Object[] { "FAMILY_RECORD", "سجل.png", "image/png", PortalClient.PNG });
		return files;
	}

	private boolean journeyStartedFor(String nationalId) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("beneficiary-journey")
			.variableValueEquals("nationalId", nationalId)
			.count() > 0;
	}

	@Test
	void anApplicationStartsTheJourneyOnlyOnceItsCodeIsTypedAndShowsTheReferenceAndDeadline() {
		String nationalId = TestApplicants.nationalId();
		String mobile = PortalClient.e164(TestApplicants.mobile(nationalId));

		ResponseEntity<String> sent = portal.apply(application(nationalId), twoDocuments());
		assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(202);
		JsonNode challenge = PortalClient.read(sent);
		assertThat(challenge.get("mobile").asText()).doesNotContain(mobile.substring(5, 10));
		assertThat(journeyStartedFor(nationalId)).as("nothing starts before the code").isFalse();
		String code = portal.lastCode(mobile);
		assertThat(code).hasSize(6);
		// the code is stored only as an HMAC
		assertThat(jdbc.sql("SELECT code_hash FROM portal_code WHERE id = ?").param(challenge.get("challenge").asText())
			.query(String.class).single()).doesNotContain(code).hasSize(64);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_upload WHERE code_id = ?")
			.param(challenge.get("challenge").asText())
			.query(Integer.class)
			.single()).as("the two documents wait with the code").isEqualTo(2);

		String wrong = code.equals("000000") ? "111111" : "000000";
		ResponseEntity<String> refused = portal.post("/api/portal/applications/confirm",
				Map.of("challenge", challenge.get("challenge").asText(), "code", wrong), null);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("رمز التحقق غير صحيح").contains("المحاولات المتبقية: 4");
		assertThat(journeyStartedFor(nationalId)).isFalse();

		ResponseEntity<String> opened = portal.post("/api/portal/applications/confirm",
				Map.of("challenge", challenge.get("challenge").asText(), "code", code), null);
		assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
		JsonNode body = PortalClient.read(opened);
		String reference = body.get("reference").asText();
		assertThat(reference).matches("HY-\\d{4}-\\d+");
		assertThat(body.get("committeeDeadline").get("both").asText()).contains(" م الموافق ").endsWith("هـ");
		assertThat(journeyStartedFor(nationalId)).isTrue();
		SupportRequest request = supportRequests.findByReference(reference).orElseThrow();
		assertThat(request.channel().name()).isEqualTo("C7");
		assertThat(request.mobile()).isEqualTo(mobile);
		assertThat(documents.findByRequest(request.id())).extracting(SubmittedDocuments.Document::type)
			.containsExactlyInAnyOrder("ID_COPY", "FAMILY_RECORD");
		// stored under random names, never the name the device gave
		assertThat(documents.findByRequest(request.id())).allSatisfy(d -> assertThat(d.fileName()).startsWith("portal-")
			.doesNotContain("هويتي"));
		assertThat(runtimeService.getVariable(request.processInstanceId(), "signatureMethod")).isEqualTo("OTP");
		assertThat(runtimeService.getVariable(request.processInstanceId(), "householdMembers").toString()).contains("سارة علي الحياني");
		// the waiting copies of this application's documents are gone (other tests' applications may still wait)
		assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_upload WHERE code_id = ?")
			.param(challenge.get("challenge").asText())
			.query(Integer.class)
			.single()).isZero();

		// a code works once
		ResponseEntity<String> again = portal.post("/api/portal/applications/confirm",
				Map.of("challenge", challenge.get("challenge").asText(), "code", code), null);
		assertThat(again.getStatusCode().value()).isEqualTo(400);
		assertThat(again.getBody()).contains("انتهت صلاحية رمز التحقق أو استُخدم");
		assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nationalId", nationalId).count())
			.isEqualTo(1);
	}

	@Test
	void aCodeTriedTooOftenIsDeadEvenWhenTheRightOneComesAfter() {
		String nationalId = TestApplicants.nationalId();
		String mobile = PortalClient.e164(TestApplicants.mobile(nationalId));
		String id = PortalClient.read(portal.apply(application(nationalId), List.of())).get("challenge").asText();
		String code = portal.lastCode(mobile);
		String wrong = code.equals("000000") ? "111111" : "000000";
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses.add(portal.post("/api/portal/applications/confirm", Map.of("challenge", id, "code", wrong), null)
				.getStatusCode()
				.value());
		}
		ResponseEntity<String> right = portal.post("/api/portal/applications/confirm", Map.of("challenge", id, "code", code),
				null);
		assertThat(statuses).containsExactly(400, 400, 400, 400, 429);
		assertThat(right.getStatusCode().value()).isEqualTo(429);
		assertThat(right.getBody()).contains("تجاوزت عدد المحاولات");
		assertThat(journeyStartedFor(nationalId)).isFalse();
	}

	@Test
	void aCodeExpiresAfterTenMinutes() {
		String nationalId = TestApplicants.nationalId();
		String mobile = PortalClient.e164(TestApplicants.mobile(nationalId));
		String id = PortalClient.read(portal.apply(application(nationalId), List.of())).get("challenge").asText();
		String code = portal.lastCode(mobile);
		ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(11))));

		ResponseEntity<String> late = portal.post("/api/portal/applications/confirm", Map.of("challenge", id, "code", code), null);
		assertThat(late.getStatusCode().value()).isEqualTo(400);
		assertThat(late.getBody()).contains("انتهت صلاحية رمز التحقق");
		assertThat(journeyStartedFor(nationalId)).isFalse();
	}

	@Test
	void eachWrongFieldIsNamedInArabicAndNoCodeIsSent() {
		Map<String, Object> a = application("1234567890");
		a.put("mobile", "12345");
		a.put("supportType", "GOLD");
		a.put("householdSize", 0);
		a.put("declarationAccepted", false);
		a.put("householdMembers", List.of(Map.of("name", "س", "relation", "COUSIN", "age", 300)));
		ResponseEntity<String> answer = portal.apply(a, List.of());
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		PortalClient.read(answer).get("violations").forEach(v -> fields.add(v.get("field").asText()));
		assertThat(fields).contains("nationalId", "mobile", "supportType", "householdSize", "declarationAccepted",
				"householdMembers[0].name", "householdMembers[0].relation", "householdMembers[0].age");
		assertThat(answer.getBody()).contains("رقم الهوية غير صحيح").contains("الإقرار");
		assertThat(portal.codesSentTo("+96612345")).isZero();
	}

	@Test
	void uploadsAreJudgedByTheirBytesSizeAndCount() {
		String nationalId = TestApplicants.nationalId();
		// a Windows program named and declared as a PDF
		ResponseEntity<String> disguised = portal.apply(application(nationalId),
				List.<Object[]>of(new Object[] { "ID_COPY", "scan.pdf", "application/pdf", PortalClient.EXE }));
		assertThat(disguised.getStatusCode().value()).isEqualTo(400);
		assertThat(disguised.getBody()).contains("files[0]").contains("فُحص محتوى الملف");
		// a page of HTML declared as an image
		ResponseEntity<String> html = portal.apply(application(nationalId), List.<Object[]>of(
				new Object[] { "ID_COPY", "x.png", "image/png", "<html><script>alert(1)</script></html>".getBytes() }));
		assertThat(html.getStatusCode().value()).isEqualTo(400);
		// over 5 MB
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PortalClient.PDF, 0, big, 0, PortalClient.PDF.length);
		ResponseEntity<String> oversized = portal.apply(application(nationalId),
				List.<Object[]>of(new Object[] { "ID_COPY", "big.pdf", "application/pdf", big }));
		assertThat(oversized.getStatusCode().value()).isEqualTo(400);
		assertThat(oversized.getBody()).contains("حجم الملف أكبر من 5 ميغابايت");
		// six files
		List<Object[]> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(new Object[] { "ID_COPY", i + ".pdf", "application/pdf", PortalClient.PDF });
		}
		ResponseEntity<String> many = portal.apply(application(nationalId), six);
		assertThat(many.getStatusCode().value()).isEqualTo(400);
		assertThat(many.getBody()).contains("5 ملفات على الأكثر");
		assertThat(portal.codesSentTo(PortalClient.e164(TestApplicants.mobile(nationalId)))).isZero();
	}

	@Test
	void trackingAnswersAWrongReferenceExactlyAsAWrongIdAndSendsTheCodeOnlyToTheMobileOnFile() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String reference = instance.getBusinessKey();
		String mobile = PortalClient.e164(TestApplicants.mobile(nationalId));
		String otherId = TestApplicants.nationalId();

		ResponseEntity<String> wrongId = portal.post("/api/portal/tracking",
				Map.of("reference", reference, "nationalId", otherId), null);
		ResponseEntity<String> wrongReference = portal.post("/api/portal/tracking",
				Map.of("reference", "HY-1448-999999", "nationalId", nationalId), null);
		assertThat(portal.codesSentTo(mobile)).isZero();
		ResponseEntity<String> right = portal.post("/api/portal/tracking",
				Map.of("reference", reference.toLowerCase(), "nationalId", nationalId), null);
		assertThat(portal.codesSentTo(mobile)).isEqualTo(1);

		for (ResponseEntity<String> answer : List.of(wrongId, wrongReference, right)) {
			assertThat(answer.getStatusCode().value()).isEqualTo(202);
			JsonNode body = PortalClient.read(answer);
			assertThat(body.get("message").asText()).isEqualTo(PortalController.SENT);
			assertThat(body.path("mobile").isMissingNode() || body.get("mobile").isNull()).as("no mobile, masked or not").isTrue();
			assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("challenge", "message", "validForMinutes");
			assertThat(answer.getBody()).doesNotContain(reference).doesNotContain(mobile.substring(4));
		}
		// any code against a decoy is just a wrong code
		String decoy = PortalClient.read(wrongId).get("challenge").asText();
		ResponseEntity<String> guess = portal.post("/api/portal/tracking/confirm", Map.of("challenge", decoy, "code", portal.lastCode(mobile)), null);
		assertThat(guess.getStatusCode().value()).isEqualTo(400);
		assertThat(guess.getBody()).contains("رمز التحقق غير صحيح");

		// the right one shows the stage in plain Arabic, with the dates in both calendars
		String id = PortalClient.read(right).get("challenge").asText();
		JsonNode status = PortalClient.read(portal.post("/api/portal/tracking/confirm",
				Map.of("challenge", id, "code", portal.lastCode(mobile)), null));
		assertThat(status.get("stage").asText()).isEqualTo("RECEIVED");
		assertThat(status.get("stageLabel").asText()).isEqualTo("تم استلام الطلب");
		assertThat(status.get("committeeDeadline").get("both").asText()).contains("الموافق");
		String session = status.get("session").asText();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_code WHERE session_hash = ?").param(session).query(Integer.class)
			.single()).as("the session token is stored only as a hash").isZero();

		// staff move it: the applicant's data is incomplete, so the family is asked for what is missing
		journey.receive(instance, JourneyDriver.with(TestApplicants.applicantData(nationalId), "documentsReceived",
				List.of("ID_COPY")));
		JsonNode missing = PortalClient.read(portal.get("/api/portal/tracking/status", session));
		assertThat(missing.get("stage").asText()).isEqualTo("MISSING_INFORMATION");
		assertThat(missing.get("missingInformation").toString()).contains("صورة سجل الأسرة");

		// the family sends it, and changes its mobile
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("type", "FAMILY_RECORD");
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.IMAGE_PNG);
		parts.add("file", new HttpEntity<>(new org.springframework.core.io.ByteArrayResource(PortalClient.PNG) {

			@Override
			public String getFilename() {
				return "record.png";
			}

		}, part));
		ResponseEntity<String> supplied = portal.multipart("/api/portal/tracking/documents", parts, session);
		assertThat(supplied.getStatusCode().value()).as(supplied.getBody()).isEqualTo(201);
		SupportRequest request = supportRequests.findByReference(reference).orElseThrow();
		assertThat(documents.findByRequest(request.id())).extracting(SubmittedDocuments.Document::type).contains("FAMILY_RECORD");

		ResponseEntity<String> changed = portal.post("/api/portal/tracking/contact", Map.of("mobile", "0599887766"), session);
		assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
		assertThat(supportRequests.findByReference(reference).orElseThrow().mobile()).isEqualTo("+966599887766");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM family_note WHERE reference_number = ? AND written_by = 'portal'")
			.param(reference).query(Integer.class).single()).isEqualTo(1);
		ResponseEntity<String> badMobile = portal.post("/api/portal/tracking/contact", Map.of("mobile", "0099"), session);
		assertThat(badMobile.getStatusCode().value()).isEqualTo(400);
		assertThat(badMobile.getBody()).contains("رقم الجوال غير صحيح");

		// without the session nothing is shown
		assertThat(portal.get("/api/portal/tracking/status", "not-a-session").getStatusCode().value()).isEqualTo(401);
		assertThat(portal.post("/api/portal/tracking/contact", Map.of("mobile", "0599887766"), null).getStatusCode().value())
			.isEqualTo(401);
	}

	@Test
	void aBadIdIsRefusedAtTheFieldAndTooManyCodesForOneIdAreRefused() {
		ResponseEntity<String> bad = portal.post("/api/portal/tracking",
				Map.of("reference", "HY-1448-000001", "nationalId", "1000000000"), null);
		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		assertThat(bad.getBody()).contains("nationalId").contains("رقم الهوية غير صحيح");

		String nationalId = TestApplicants.nationalId();
		List<Integer> statuses = new ArrayList<>();
		ResponseEntity<String> last = null;
		for (int i = 0; i < 6; i++) {
			last = portal.post("/api/portal/tracking", Map.of("reference", "HY-1448-00000" + i, "nationalId", nationalId), null);
			statuses.add(last.getStatusCode().value());
		}
		assertThat(statuses).containsExactly(202, 202, 202, 202, 202, 429);
		assertThat(last.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(last.getBody()).contains("عدد الطلبات أكثر من المسموح");
	}

	@Test
	void withoutTheCsrfTokenNothingChangesAndNothingElseLivesUnderThePortalPath() {
		PortalClient stranger = new PortalClient(rest, jdbc);
		ResponseEntity<String> forged = stranger.post("/api/portal/tracking",
				Map.of("reference", "HY-1448-000001", "nationalId", TestApplicants.nationalId()), null);
		assertThat(forged.getStatusCode().value()).isEqualTo(403);
		assertThat(forged.getBody()).contains("أعد تحميلها");
		// the cookie is HttpOnly and SameSite=Strict, on the portal's API path only
		String cookie = rest.getForEntity("/api/portal/csrf", String.class).getHeaders().getFirst(HttpHeaders.SET_COOKIE);
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api/portal");

		for (String path : List.of("/api/portal/engine-rest/process-definition", "/api/portal/../../engine-rest/user",
				"/api/portal/tracking/status/../../../engine-rest/task")) {
			ResponseEntity<String> answer = portal.get(path, null);
			assertThat(answer.getStatusCode().value()).as(path).isIn(400, 401, 403, 404);
			assertThat(answer.getBody() == null ? "" : answer.getBody()).as(path).doesNotContain("processDefinition").doesNotContain("\"id\"");
		}
	}

	@Test
	void thePagesCarryAStrictContentSecurityPolicyAndNeedNoOtherSite() throws Exception {
		for (String page : List.of("index.html", "apply.html", "track.html", "ask.html", "rate.html")) {
			ResponseEntity<String> answer = rest.getForEntity("/portal/" + page, String.class);
			assertThat(answer.getStatusCode().value()).as(page).isEqualTo(200);
			String csp = answer.getHeaders().getFirst("Content-Security-Policy");
			assertThat(csp).as(page).contains("default-src 'none'").contains("script-src 'self'")
				.contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
			assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(answer.getBody()).as(page).contains("dir=\"rtl\"").contains("lang=\"ar\"")
				.doesNotContain("http://").doesNotContain("https://").doesNotContain("<script>").doesNotContain("style=");
		}
		ResponseEntity<String> root = rest.exchange("/portal", HttpMethod.GET, HttpEntity.EMPTY, String.class);
		assertThat(root.getStatusCode().value()).isIn(200, 302);
	}

	@Test
	void hostileBodiesAreUserMistakesNeverServerErrors() {
		String id = TestApplicants.nationalId();
		List<String> bodies = List.of("{\"reference\":\"HY-1448-1\",\"reference\":\"HY-1448-2\",\"nationalId\":\"" + id + "\"}",
				"{\"reference\":\"HY-1448-1\",\"nationalId\":\"" + id + "\",\"extra\":1}", "{\"reference\":[1],\"nationalId\":{}}",
				"{\"reference\":\"HY-1448-1\\u0000\",\"nationalId\":\"" + id + "\"}", "{\"reference\":\"" + "9".repeat(100_000) + "\"}",
				"[]", "null", "{", "{\"challenge\":null,\"code\":null}", "{\"challenge\":\"" + "x".repeat(500) + "\",\"code\":\"123456\"}",
				"{\"challenge\":\"abc\",\"code\":123456}");
		for (String path : List.of("/api/portal/tracking", "/api/portal/tracking/confirm", "/api/portal/applications/confirm")) {
			for (String body : bodies) {
				int status = portal.post(path, body, null).getStatusCode().value();
				assertThat(status).as("%s %s", path, body.length() > 80 ? body.substring(0, 80) : body).isBetween(400, 499);
			}
		}
		for (String application : List.of("{", "{\"nationalId\":\"1\",\"nationalId\":\"2\"}", "{\"unknown\":true}", "[]",
				"{\"householdMembers\":[null,{}],\"householdSize\":\"many\"}", "x".repeat(40_000))) {
			MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("application", application);
			int status = portal.multipart("/api/portal/applications", parts, null).getStatusCode().value();
			assertThat(status).as(application.length() > 80 ? application.substring(0, 80) : application).isBetween(400, 499);
		}
	}

	@Test
	void oneAddressGetsSixtyCallsAMinuteOnThePortal() {
		// the limits refill with the engine clock: held still, a loaded machine's slow calls do not earn new tokens
		ClockUtil.setCurrentTime(ClockUtil.getCurrentTime());
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 61; i++) {
			statuses.add(rest.getForEntity("/api/portal/csrf", String.class).getStatusCode().value());
		}
		assertThat(statuses.subList(0, 59)).containsOnly(200);
		assertThat(statuses.get(60)).isEqualTo(429);
		ResponseEntity<String> limited = portal.post("/api/portal/tracking",
				Map.of("reference", "HY-1448-000001", "nationalId", TestApplicants.nationalId()), null);
		assertThat(limited.getStatusCode().value()).isEqualTo(429);
		assertThat(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(limited.getBody()).contains("عدد الطلبات أكثر من المسموح");
	}

}
