package sa.org.hayaniyah.masar.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.PersonalData;
import sa.org.hayaniyah.masar.security.RequestAccess;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * The family file through its API, as each role meets it: the search with Arabic spelling variants and its ranking,
 * each role's view and refusals, an attacker's inputs, the audit line of each opening, and the timeline of one complete
 * journey.
 */
@MasarIntegrationTest
class FamilyFileTest extends JourneyTestSupport {

	static final String PASSWORD = "masar-demo";

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestAccess access;

	@Autowired
	RequestStages stages;

	// --- search

	@Test
	void findsANameInEverySpellingAndRanksTheClosestFirst() {
		String family = uniqueFamilyName();
		String exact = start("أحمد عبد الله " + family + "ة");
		String longer = start("أحمد عبد الله سعيد " + family + "ة");
		String other = start("خالد " + family + "ة");
		for (String typed : List.of("احمد عبدالله " + family + "ه", "أَحْمَد عَبْدُ اللّٰه " + family + "ة",
				"احمـــد عبد  الله " + family + "ه", "أحمد عبد\u200C الله\u200F " + family + "ة", "إحمد عبد الله " + family + "ه")) {
			JsonNode hits = search("reception1", typed);
			assertThat(hits.size()).as(typed).isEqualTo(2);
			assertThat(hits.get(0).path("reference").asText()).as(typed).isEqualTo(exact);
			assertThat(hits.get(0).path("score").asDouble()).as(typed).isEqualTo(1.0);
			assertThat(hits.get(1).path("reference").asText()).as(typed).isEqualTo(longer);
			assertThat(hits.get(1).path("score").asDouble()).as(typed).isLessThan(1.0);
		}
		JsonNode byFamilyName = search("reception1", family + "ه");
		assertThat(byFamilyName.findValuesAsText("reference")).containsExactlyInAnyOrder(exact, longer, other);
		assertThat(byFamilyName.get(0).path("stage").asText()).isEqualTo("RECEIVED");
		assertThat(byFamilyName.get(0).path("stageLabel").asText()).isEqualTo("تم استلام الطلب");
	}

	/** PostgreSQL's family_search_name and Java's FamilyNames fold every spelling alike (H2 calls the Java). */
	@Test
	void theDatabaseFoldsNamesAsJavaDoes() {
		for (String name : List.of("أحمد عبد الله الحيانى", "فَاطِمَةُ إبراهيم", "آمنة  عبد   الرحمن", "ٱسماء\u200C مصطفى",
				"سعيـــد عبد ربه", "\u200Fليلى\u200B القحطانية", "Mohammed ALI", "عبدالله بن عبد العزيز")) {
			String reference = start(name);
			String folded = jdbc.sql("SELECT search_name FROM applicant_search s JOIN request_summary r ON r.id = s.id "
					+ "WHERE r.reference_number = ?").param(reference).query(String.class).single();
			assertThat(folded).as(name).isEqualTo(FamilyNames.searchName(name));
		}
	}

	@Test
	void findsAFamilyByMobileInAnyFormByNationalIdAndByReference() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String reference = instance.getBusinessKey();
		String local = TestApplicants.mobile(nationalId);
		String national = local.substring(1);
		for (String typed : List.of(local, national, "+966" + national, "00966" + national,
				national.substring(0, 2) + " " + national.substring(2, 5) + " " + national.substring(5),
				local.substring(0, 3) + "-" + local.substring(3, 6) + "-" + local.substring(6), nationalId, reference,
				reference.toLowerCase())) {
			JsonNode hits = search("reception1", typed);
			assertThat(hits.findValuesAsText("reference")).as(typed).containsExactly(reference);
		}
	}

	@Test
	void receptionSeesNationalIdAndMobileMaskedSupervisorsInFull() {
		String nationalId = TestApplicants.nationalId();
		journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		JsonNode masked = search("reception2", nationalId).get(0);
		assertThat(masked.path("nationalId").asText()).isEqualTo(PersonalData.mask(nationalId)).doesNotContain(nationalId);
		assertThat(masked.path("mobile").asText()).contains("*");
		JsonNode full = search("supervisor1", nationalId).get(0);
		assertThat(full.path("nationalId").asText()).isEqualTo(nationalId);
		assertThat(full.path("mobile").asText()).isEqualTo("+966" + TestApplicants.mobile(nationalId).substring(1));
	}

	@Test
	void analystsAreRefusedInArabic() {
		String reference = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()))
			.getBusinessKey();
		for (ResponseEntity<String> refused : List.of(get("analyst1", "/api/family-files/search?q=" + reference),
				get("analyst1", "/api/family-files/by-request/" + reference),
				post("analyst1", "/api/family-files/by-request/" + reference + "/notes", "{\"text\": \"ملاحظة\"}"))) {
			assertThat(refused.getStatusCode().value()).isEqualTo(403);
			assertThat(refused.getBody()).contains("هذا الإجراء غير متاح لدورك").doesNotContain(reference);
		}
		assertThat(get(null, "/api/family-files/search?q=" + reference).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void anAttackersInputsAreArabic4xxNever500() {
		String reference = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()))
			.getBusinessKey();
		for (String query : List.of("", "q=", "q=%20%20", "q=" + "ا".repeat(101), "q=12345", "q=HY-", "q=%00abc",
				"q=محمد&limit=0", "q=محمد&limit=51", "q=محمد&limit=abc", "q=محمد&limit=-1", "q=محمد&limit=99999999999")) {
			ResponseEntity<String> response = get("reception1", "/api/family-files/search?" + query);
			assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(response.getBody()).as(query).containsPattern("[\\u0600-\\u06FF]");
		}
		// LIKE's wildcards and SQL are just letters of a name nobody has
		for (String query : List.of("%25%25", "__", "' OR '1'='1", "\\\\")) {
			ResponseEntity<String> response = get("reception1", "/api/family-files/search?q=" + query);
			assertThat(response.getStatusCode().value()).as(query).isEqualTo(200);
			assertThat(response.getBody()).as(query).isEqualTo("[]");
		}
		// a comment of SQL after a name is punctuation after a name
		JsonNode afterAName = read(get("reception1", "/api/family-files/search?q=محمد' --"), "after a name");
		assertThat(afterAName.findValuesAsText("name")).allMatch(name -> name.contains("محمد"));
		String notes = "/api/family-files/by-request/" + reference + "/notes";
		for (String body : List.of("", "{}", "{\"text\": \"\"}", "{\"text\": \"   \"}", "{\"text\": \"\\u0000\"}",
				"{\"text\": \"\\u001b[31m\"}", "{\"text\": \"" + "ن".repeat(2001) + "\"}", "{\"text\": [\"a\"]}",
				 "{\"text\": \"a\", \"text\": \"b\"}", "{\"text\": \"a\", \"by\": \"supervisor1\"}",
				"[\"text\"]", "{\"text\": \"a\"} {}", "not json")) {
			ResponseEntity<String> response = post("reception1", notes, body);
			assertThat(response.getStatusCode().value()).as(body).isBetween(400, 415);
			assertThat(response.getBody()).as(body).containsPattern("[\\u0600-\\u06FF]");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM family_note WHERE reference_number = ?").param(reference).query(Long.class)
			.single()).isZero();
		for (String path : List.of("HY-1999-999999", "x".repeat(300), "%27%20OR%201=1", "HY-1447-000001-1")) {
			ResponseEntity<String> response = get("supervisor1", "/api/family-files/by-request/" + path);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(404);
		}
		assertThat(get("supervisor1", "/api/family-files/by-request/HY-1999-999999").getBody())
			.contains("لا يوجد ملف أسرة بهذا المرجع");
	}

	// --- the file, role by role

	@Test
	void eachRoleSeesWhatItNeedsAndEveryOpeningIsAudited() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.toCommittee(nationalId);
		String reference = instance.getBusinessKey();
		String path = "/api/family-files/by-request/" + reference;

		// supervisors, the researcher who researched it and the committee members sitting on it: in full
		for (String user : List.of("supervisor1", "researcher1", "committee1")) {
			JsonNode file = read(get(user, path), user);
			assertThat(file.path("view").asText()).as(user).isEqualTo("FULL");
			assertThat(file.path("applicant").path("nationalId").asText()).as(user).isEqualTo(nationalId);
			assertThat(file.path("applicant").path("monthlyIncome").isNumber()).as(user).isTrue();
			assertThat(file.path("requests").get(0).path("full").asBoolean()).as(user).isTrue();
			assertThat(String.join(" ", researchDetail(file))).as(user).contains("أسرة من ستة أفراد");
		}
		// reception2 never touched it: the stage, contact data and the timeline, without the research or income
		JsonNode reception = read(get("reception2", path), "reception2");
		assertThat(reception.path("view").asText()).isEqualTo("RECEPTION");
		assertThat(reception.path("applicant").path("nationalId").asText()).isEqualTo(PersonalData.mask(nationalId));
		assertThat(reception.path("applicant").path("mobile").asText()).isEqualTo("+966" + TestApplicants.mobile(nationalId).substring(1));
		assertThat(absent(reception.path("applicant").path("monthlyIncome"))).isTrue();
		assertThat(absent(reception.path("applicant").path("address"))).isTrue();
		assertThat(absent(reception.path("applicant").path("dateOfBirth"))).isTrue();
		assertThat(reception.path("household")).isEmpty();
		assertThat(researchDetail(reception)).isEmpty();
		assertThat(reception.toString()).doesNotContain("أسرة من ستة أفراد").doesNotContain(nationalId);
		JsonNode request = reception.path("requests").get(0);
		assertThat(request.path("full").asBoolean()).isFalse();
		assertThat(request.path("stage").asText()).isEqualTo("COMMITTEE");
		assertThat(request.path("stageLabel").asText()).isEqualTo("لدى لجنة البحث");
		assertThat(request.path("clock").path("daysLeft").asLong()).isEqualTo(14);
		assertThat(request.path("clock").path("label").asText()).isEqualTo("باقٍ على موعد رد اللجنة 14 يومًا");
		assertThat(reception.path("timeline").findValuesAsText("kind")).contains("REQUEST", "TASK", "VISIT", "MESSAGE");

		// a request at reception is not social research's or the committee's business
		String atReception = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()))
			.getBusinessKey();
		for (String user : List.of("researcher1", "committee1")) {
			ResponseEntity<String> refused = get(user, "/api/family-files/by-request/" + atReception);
			assertThat(refused.getStatusCode().value()).as(user).isEqualTo(404);
			// the same answer as for a reference that does not exist, but for the path it echoes
			assertThat(refused.getBody().replace(atReception, "HY-1999-999999"))
				.isEqualTo(get(user, "/api/family-files/by-request/HY-1999-999999").getBody());
			assertThat(post(user, "/api/family-files/by-request/" + atReception + "/notes", "{\"text\": \"ملاحظة\"}")
				.getStatusCode().value()).as(user).isEqualTo(404);
		}

		// every opening is in the personal-data access audit, with who and which view
		assertThat(audit.about(reference)).filteredOn(e -> e.action() == AuditTrail.Action.READ)
			.filteredOn(e -> e.detail().startsWith("family file"))
			.extracting(AuditTrail.Entry::actor, AuditTrail.Entry::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("supervisor1", "family file, full view"),
					org.assertj.core.groups.Tuple.tuple("researcher1", "family file, full view"),
					org.assertj.core.groups.Tuple.tuple("committee1", "family file, full view"),
					org.assertj.core.groups.Tuple.tuple("reception2", "family file, reception view"));
		assertThat(audit.about(atReception)).noneMatch(e -> e.actor().equals("researcher1") || e.actor().equals("committee1"));
	}

	@Test
	void notesAreAppendedWithWhoAndWhenAndKeptWithTheFamily() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String path = "/api/family-files/by-request/" + instance.getBusinessKey();
		ResponseEntity<String> created = post("reception2", path + "/notes", "{\"text\": \"اتصلت الأسرة تسأل عن الطلب\"}");
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		JsonNode note = read(created, "note");
		assertThat(note.path("by").asText()).isEqualTo("reception2");
		assertThat(note.path("text").asText()).isEqualTo("اتصلت الأسرة تسأل عن الطلب");
		assertThat(note.path("at").asText()).isNotBlank();
		post("supervisor1", path + "/notes", "{\"text\": \"يُتابع مع المشرف\"}");
		JsonNode notes = read(get("reception1", path), "file").path("notes");
		assertThat(notes.findValuesAsText("text")).containsExactly("يُتابع مع المشرف", "اتصلت الأسرة تسأل عن الطلب");
		assertThat(notes.findValuesAsText("by")).containsExactly("supervisor1", "reception2");
		// never edited: no other method on a note
		assertThat(rest.withBasicAuth("supervisor1", PASSWORD)
			.exchange(path + "/notes", HttpMethod.PUT, json("{\"text\": \"x\"}"), String.class)
			.getStatusCode()
			.value()).isIn(403, 405);
		assertThat(audit.about(instance.getBusinessKey())).anyMatch(
				e -> e.action() == AuditTrail.Action.CHANGE && e.actor().equals("reception2") && e.detail().startsWith("family file note"));
	}

	// --- changes after registration

	@Test
	void aRegisteredFamilysDataChangesWithItsReasonAndWhatCanAffectEligibilityWaitsForASupervisor() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.toCommittee(nationalId);
		String reference = instance.getBusinessKey();
		String path = "/api/family-files/by-request/" + reference;
		String newMobile = "059" + nationalId.substring(3);
		String mobileChange = "{\"field\": \"mobile\", \"value\": \"" + newMobile
				+ "\", \"reason\": \"اتصلت الأسرة وغيّرت رقمها\"}";
		ResponseEntity<String> early = post("supervisor1", path + "/changes", mobileChange);
		assertThat(early.getStatusCode().value()).isEqualTo(400);
		assertThat(early.getBody()).contains("لم يُفتح للأسرة ملف مستفيد بعد");
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");

		// contact data: at once, everywhere
		JsonNode mobile = read(post("reception2", path + "/changes", mobileChange), "mobile change");
		assertThat(mobile.path("status").asText()).isEqualTo("APPLIED");
		assertThat(mobile.path("by").asText()).isEqualTo("reception2");
		assertThat(read(get("supervisor1", path), "file").path("applicant").path("mobile").asText())
			.isEqualTo("+966" + newMobile.substring(1));

		// income can change eligibility: it waits for a supervisor, and reception cannot decide it
		JsonNode income = read(post("reception2", path + "/changes",
				"{\"field\": \"monthlyIncome\", \"value\": 1800, \"reason\": \"فقد رب الأسرة عمله\"}"), "income change");
		assertThat(income.path("status").asText()).isEqualTo("AWAITING_SUPERVISOR");
		assertThat(income.path("statusLabel").asText()).isEqualTo("بانتظار اعتماد المشرف");
		String decision = "/api/family-files/changes/" + income.path("id").asLong() + "/decision";
		assertThat(post("reception2", decision, "{\"approve\": true}").getStatusCode().value()).isEqualTo(403);
		assertThat(read(get("supervisor1", path), "file").path("applicant").path("monthlyIncome").decimalValue())
			.isEqualByComparingTo("2500");
		JsonNode approved = read(rest.withBasicAuth("supervisor1", PASSWORD)
			.exchange(decision, HttpMethod.POST, json("{\"approve\": true, \"note\": \"تحقق المشرف من خطاب الفصل\"}"),
					String.class), "decision");
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.path("decidedBy").asText()).isEqualTo("supervisor1");
		assertThat(post("supervisor1", decision, "{\"approve\": false}").getStatusCode().value()).isEqualTo(400);

		JsonNode file = read(get("supervisor1", path), "file");
		assertThat(file.path("applicant").path("monthlyIncome").decimalValue()).isEqualByComparingTo("1800");
		assertThat(file.path("changes").findValuesAsText("field")).containsExactly("mobile", "monthlyIncome");
		assertThat(file.path("changes").findValuesAsText("reason")).containsExactly("اتصلت الأسرة وغيّرت رقمها",
				"فقد رب الأسرة عمله");
		assertThat(file.path("timeline").findValuesAsText("kind")).contains("CHANGE");

		for (String wrong : List.of("{\"field\": \"iban\", \"value\": \"SA00\", \"reason\": \"سبب\"}",
				"{\"field\": \"householdSize\", \"value\": 0, \"reason\": \"سبب\"}",
				"{\"field\": \"householdSize\", \"value\": 2.5, \"reason\": \"سبب\"}",
				"{\"field\": \"monthlyIncome\", \"value\": [1], \"reason\": \"سبب\"}",
				"{\"field\": \"mobile\", \"value\": \"123\", \"reason\": \"سبب\"}",
				"{\"field\": \"mobile\", \"value\": \"0551234567\", \"reason\": \"\"}",
				"{\"field\": \"address\", \"value\": \"\\u0000\", \"reason\": \"سبب\"}", "{}")) {
			ResponseEntity<String> refused = post("reception2", path + "/changes", wrong);
			assertThat(refused.getStatusCode().value()).as(wrong).isEqualTo(400);
			assertThat(refused.getBody()).as(wrong).containsPattern("[\\u0600-\\u06FF]");
		}
		assertThat(read(get("supervisor1", path), "file").path("changes")).hasSize(2);
	}

	@Test
	void aRegisteredFamilysOwnMobileChangeFromTheWebsiteIsAnAppliedChangeInItsFile() {
		String nationalId = TestApplicants.nationalId();
		String reference = registered(nationalId).getBusinessKey();
		String newMobile = "058" + nationalId.substring(3);

		stages.changeContact(reference, "mobile", newMobile, "غيّره المستفيد عبر الموقع", "portal");

		JsonNode file = read(get("supervisor1", "/api/family-files/by-request/" + reference), "file");
		assertThat(file.path("applicant").path("mobile").asText()).isEqualTo("+966" + newMobile.substring(1));
		JsonNode change = file.path("changes").get(0);
		assertThat(change.path("field").asText()).isEqualTo("mobile");
		assertThat(change.path("status").asText()).isEqualTo("APPLIED");
		assertThat(change.path("by").asText()).isEqualTo("portal");
		assertThat(change.path("reason").asText()).isEqualTo("غيّره المستفيد عبر الموقع");
	}

	// --- household members after registration

	@Test
	void aHouseholdMemberIsAddedCorrectedAndRemovedOnlyOnceASupervisorApprovesAndEligibilityIsCheckedAgain() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = registered(nationalId);
		String reference = instance.getBusinessKey();
		String path = "/api/family-files/by-request/" + reference;
		JsonNode before = read(get("supervisor1", path), "before");
		assertThat(before.path("household")).isEmpty();
		assertThat(before.path("applicant").path("householdSize").asInt()).isEqualTo(6);

		// reception asks to add a son; nothing changes until a supervisor approves
		String memberNationalId = TestApplicants.nationalId();
		JsonNode add = read(post("reception2", path + "/changes", """
				{"field": "householdMember", "action": "ADD", "reason": "وُلد للأسرة ابن وأحضرت شهادة الميلاد",
				 "member": {"name": "سعد محمد الحياني", "relation": "SON", "nationalId": "%s", "age": 0}}"""
			.formatted(memberNationalId)), "add");
		assertThat(add.path("status").asText()).isEqualTo("AWAITING_SUPERVISOR");
		assertThat(add.path("actionLabel").asText()).isEqualTo("إضافة فرد");
		assertThat(add.path("member").path("relationLabel").asText()).isNotBlank().isNotEqualTo("SON");
		assertThat(read(get("supervisor1", path), "waiting").path("household")).isEmpty();
		String addDecision = "/api/family-files/changes/" + add.path("id").asLong() + "/decision";
		for (String user : List.of("reception2", "researcher1", "committee1", "analyst1")) {
			assertThat(post(user, addDecision, "{\"approve\": true}").getStatusCode().value()).as(user).isEqualTo(403);
		}
		JsonNode approved = read(post("supervisor1", addDecision, "{\"approve\": true, \"note\": \"اطلع المشرف على الشهادة\"}"),
				"approve add");
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.path("eligibility").asText()).isEqualTo("ELIGIBLE");
		assertThat(approved.path("eligibilityLabel").asText()).isEqualTo("ما زالت الأسرة مستحقة");
		assertThat(approved.path("reviewNeeded").asBoolean()).isFalse();

		// written back to the registered request through intake: one member more, the same income
		JsonNode file = read(get("supervisor1", path), "after add");
		assertThat(file.path("household")).hasSize(1);
		JsonNode son = file.path("household").get(0);
		assertThat(son.path("name").asText()).isEqualTo("سعد محمد الحياني");
		assertThat(son.path("nationalId").asText()).isEqualTo(memberNationalId);
		assertThat(file.path("applicant").path("householdSize").asInt()).isEqualTo(7);
		assertThat(file.path("applicant").path("monthlyIncome").decimalValue()).isEqualByComparingTo("2500");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM household_on_request h JOIN request_summary r ON r.id = h.request_id "
				+ "WHERE r.reference_number = ?").param(reference).query(Long.class).single()).isEqualTo(1);
		assertThat(absent(file.path("eligibilityReview"))).isTrue();
		List<JsonNode> eligibility = events(file, "ELIGIBILITY");
		assertThat(eligibility).hasSize(1);
		assertThat(eligibility.get(0).path("title").asText()).isEqualTo("ما زالت الأسرة مستحقة");
		assertThat(eligibility.get(0).path("detail").asText()).isEqualTo("دخل الفرد ضمن حد الاستحقاق");
		assertThat(events(file, "CHANGE_DECISION")).singleElement()
			.satisfies(e -> assertThat(e.path("by").asText()).isEqualTo("supervisor1"));
		long sonId = son.path("id").asLong();

		// the son starts work: his income corrected, approved; the pre-check now asks for a review
		JsonNode correct = read(post("reception2", path + "/changes", """
				{"field": "householdMember", "action": "CORRECT", "memberId": %d, "reason": "توظف الابن",
				 "member": {"name": "سعد محمد الحياني", "relation": "SON", "nationalId": "%s", "age": 0, "monthlyIncome": 20000}}"""
			.formatted(sonId, memberNationalId)), "correct");
		JsonNode review = read(post("supervisor1", "/api/family-files/changes/" + correct.path("id").asLong() + "/decision",
				"{\"approve\": true}"), "approve correction");
		assertThat(review.path("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
		assertThat(review.path("reviewNeeded").asBoolean()).isTrue();
		file = read(get("supervisor1", path), "after correction");
		assertThat(file.path("applicant").path("monthlyIncome").decimalValue()).isEqualByComparingTo("22500");
		assertThat(file.path("household").get(0).path("monthlyIncome").decimalValue()).isEqualByComparingTo("20000");
		assertThat(file.path("eligibilityReview").asText()).contains("تحتاج مراجعة").contains("دخل الفرد يتجاوز حد الاستحقاق");

		// a removal the supervisor rejects changes nothing; approved, the member and his income leave the household
		String removal = "{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"memberId\": " + sonId
				+ ", \"reason\": \"انتقل الابن إلى سكن مستقل\"}";
		JsonNode rejected = read(post("supervisor1", "/api/family-files/changes/"
				+ read(post("reception2", path + "/changes", removal), "remove").path("id").asLong() + "/decision",
				"{\"approve\": false, \"note\": \"لم يُقدَّم ما يثبت الانتقال\"}"), "reject removal");
		assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
		assertThat(absent(rejected.path("eligibility"))).isTrue();
		assertThat(read(get("supervisor1", path), "after rejection").path("household")).hasSize(1);
		long removeId = read(post("reception2", path + "/changes", removal), "remove again").path("id").asLong();
		read(post("supervisor1", "/api/family-files/changes/" + removeId + "/decision", "{\"approve\": true}"), "remove");
		file = read(get("supervisor1", path), "after removal");
		assertThat(file.path("household")).isEmpty();
		assertThat(file.path("applicant").path("householdSize").asInt()).isEqualTo(6);
		assertThat(file.path("applicant").path("monthlyIncome").decimalValue()).isEqualByComparingTo("2500");
		assertThat(absent(file.path("eligibilityReview"))).isTrue();

		// the history stays: every change asked, decided and checked, oldest first
		assertThat(file.path("changes").findValuesAsText("action")).containsExactly("ADD", "CORRECT", "REMOVE", "REMOVE");
		assertThat(file.path("changes").findValuesAsText("status")).containsExactly("APPROVED", "APPROVED", "REJECTED",
				"APPROVED");
		assertThat(events(file, "ELIGIBILITY").stream().map(e -> e.path("status").asText()).toList())
			.containsExactly("ELIGIBLE", "REVIEW", "ELIGIBLE");
		assertThat(events(file, "CHANGE")).hasSize(4);
		assertThat(audit.about(file.path("applicant").path("fileNumber").asText()))
			.filteredOn(e -> e.detail().startsWith("family file change"))
			.extracting(AuditTrail.Entry::actor)
			.containsOnly("supervisor1")
			.hasSize(4);

		// deciding twice, or a removal of a member gone meanwhile: 400 in Arabic, nothing written
		assertThat(post("supervisor1", "/api/family-files/changes/" + removeId + "/decision", "{\"approve\": true}")
			.getStatusCode().value()).isEqualTo(400);
		ResponseEntity<String> gone = post("reception2", path + "/changes", removal);
		assertThat(gone.getStatusCode().value()).isEqualTo(400);
		assertThat(gone.getBody()).contains("لا يوجد فرد بهذا الرقم في أسرة هذا الملف");
	}

	@Test
	void aMemberChangeThatNoLongerFitsTheHouseholdIsRefusedAtApprovalAndNothingIsWritten() {
		ProcessInstance instance = registered(TestApplicants.nationalId());
		String path = "/api/family-files/by-request/" + instance.getBusinessKey();
		long added = read(post("reception2", path + "/changes", """
				{"field": "householdMember", "action": "ADD", "reason": "أخت المتقدم تسكن معه",
				 "member": {"name": "نورة عبدالله الحياني", "relation": "SISTER", "age": 30, "monthlyIncome": 0}}"""), "add")
			.path("id").asLong();
		read(post("supervisor1", "/api/family-files/changes/" + added + "/decision", "{\"approve\": true}"), "approve");
		long memberId = read(get("supervisor1", path), "file").path("household").get(0).path("id").asLong();
		String removal = "{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"memberId\": " + memberId
				+ ", \"reason\": \"تزوجت وانتقلت\"}";
		long first = read(post("reception2", path + "/changes", removal), "first").path("id").asLong();
		long second = read(post("reception1", path + "/changes", removal), "second").path("id").asLong();
		read(post("supervisor1", "/api/family-files/changes/" + first + "/decision", "{\"approve\": true}"), "first");
		ResponseEntity<String> stale = post("supervisor1", "/api/family-files/changes/" + second + "/decision",
				"{\"approve\": true}");
		assertThat(stale.getStatusCode().value()).isEqualTo(400);
		assertThat(stale.getBody()).contains("تغيرت أسرة الملف منذ طلب التغيير");
		JsonNode file = read(get("supervisor1", path), "file");
		assertThat(file.path("changes").findValuesAsText("status")).containsExactly("APPROVED", "APPROVED",
				"AWAITING_SUPERVISOR");
		assertThat(file.path("applicant").path("householdSize").asInt()).isEqualTo(6);
	}

	@Test
	void anAttackersHouseholdChangesAreArabic400sAndNothingIsRecorded() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = registered(nationalId);
		String path = "/api/family-files/by-request/" + instance.getBusinessKey();
		// another family's member: a registered family with a member of its own
		ProcessInstance otherFamily = registered(TestApplicants.nationalId());
		String otherPath = "/api/family-files/by-request/" + otherFamily.getBusinessKey();
		long otherAdd = read(post("reception2", otherPath + "/changes", """
				{"field": "householdMember", "action": "ADD", "reason": "ابن",
				 "member": {"name": "فهد", "relation": "SON", "age": 4}}"""), "other add").path("id").asLong();
		read(post("supervisor1", "/api/family-files/changes/" + otherAdd + "/decision", "{\"approve\": true}"), "other");
		long othersMember = read(get("supervisor1", otherPath), "other").path("household").get(0).path("id").asLong();
		String member = "\"member\": {\"name\": \"سعد\", \"relation\": \"SON\", \"age\": 5}";
		for (String body : List.of(
				"{\"field\": \"householdMember\", \"reason\": \"سبب\", " + member + "}",
				"{\"field\": \"householdMember\", \"action\": \"DROP\", \"reason\": \"سبب\", " + member + "}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\"}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"memberId\": 1, \"reason\": \"سبب\", " + member + "}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"value\": 3, \"reason\": \"سبب\", " + member + "}",
				"{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"memberId\": " + othersMember + ", \"reason\": \"سبب\"}",
				"{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"memberId\": \"1 OR 1=1\", \"reason\": \"سبب\"}",
				"{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"memberId\": -1, \"reason\": \"سبب\"}",
				"{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"memberId\": 1.5, \"reason\": \"سبب\"}",
				"{\"field\": \"householdMember\", \"action\": \"REMOVE\", \"reason\": \"سبب\"}",
				"{\"field\": \"householdMember\", \"action\": \"CORRECT\", \"memberId\": " + othersMember + ", \"reason\": \"سبب\", "
						+ member + "}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"\", " + member + "}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \""
						+ "ن".repeat(201) + "\", \"relation\": \"SON\", \"age\": 5}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"\\u0000\", "
						+ "\"relation\": \"SON\", \"age\": 5}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"KING\", \"age\": 5}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"SON\", \"age\": 121}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"SON\", \"age\": 2.5}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"SON\", \"age\": 5, \"monthlyIncome\": -1}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"SON\", \"age\": 5, \"nationalId\": \"1234567890\"}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"SON\", \"age\": 5, \"nationalId\": \"" + nationalId + "\"}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": {\"name\": \"سعد\", "
						+ "\"relation\": \"SON\", \"age\": 5, \"role\": \"supervisor\"}}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"reason\": \"سبب\", \"member\": [\"سعد\"]}",
				"{\"field\": \"householdMember\", \"action\": \"ADD\", \"action\": \"REMOVE\", \"reason\": \"سبب\", " + member + "}",
				"{\"field\": \"mobile\", \"value\": \"0551234567\", \"action\": \"ADD\", \"reason\": \"سبب\"}",
				"{\"field\": [\"householdMember\"], \"reason\": \"سبب\"}")) {
			ResponseEntity<String> refused = post("reception2", path + "/changes", body);
			assertThat(refused.getStatusCode().value()).as(body).isEqualTo(400);
			assertThat(refused.getBody()).as(body).containsPattern("[\\u0600-\\u06FF]");
		}
		assertThat(read(get("supervisor1", path), "file").path("changes")).isEmpty();
		for (String decision : List.of("{}", "{\"approve\": \"yes\"}", "{\"approve\": true, \"note\": \"\\u0000\"}",
				"{\"approve\": true, \"approve\": false}", "not json")) {
			ResponseEntity<String> refused = post("supervisor1", "/api/family-files/changes/" + otherAdd + "/decision", decision);
			assertThat(refused.getStatusCode().value()).as(decision).isEqualTo(400);
		}
	}

	// --- need to know in the search

	@Test
	void researchAndTheCommitteeFindOnlyTheFamiliesOfTheirRequestsReceptionAndSupervisorsAnyone() {
		String family = uniqueFamilyName();
		String nationalId = TestApplicants.nationalId();
		ProcessInstance theirs = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		journey.receive(theirs, JourneyDriver.with(TestApplicants.applicantData(nationalId), "familyName", family));
		journey.declare(theirs);
		journey.research(theirs, "RECOMMEND_APPROVAL");
		String reference = theirs.getBusinessKey();
		String otherId = TestApplicants.nationalId();
		String other = start("خالد سعد " + family, otherId);

		for (String user : List.of("researcher1", "committee1")) {
			assertThat(search(user, family).findValuesAsText("reference")).as(user).containsExactly(reference);
			assertThat(search(user, nationalId).findValuesAsText("reference")).as(user).containsExactly(reference);
			assertThat(search(user, otherId)).as(user).isEmpty();
			assertThat(search(user, other)).as(user).isEmpty();
			assertThat(search(user, TestApplicants.mobile(otherId))).as(user).isEmpty();
		}
		for (String user : List.of("reception1", "reception2", "supervisor1")) {
			assertThat(search(user, family).findValuesAsText("reference")).as(user).containsExactlyInAnyOrder(reference, other);
			assertThat(search(user, otherId).findValuesAsText("reference")).as(user).containsExactly(other);
		}
		// a family not shown is not written to the audit as read by them
		assertThat(audit.about(other)).noneMatch(e -> e.actor().equals("researcher1") || e.actor().equals("committee1"));
		assertThat(audit.about(reference)).anyMatch(e -> e.actor().equals("researcher1") && e.detail().equals("family search"));
	}

	/** The search checks many references at once (RequestAccess.readable): the same answer as one by one. */
	@Test
	void manyReferencesAreReadableExactlyAsEachOneIs() {
		ProcessInstance atCommittee = journey.toCommittee(TestApplicants.nationalId());
		ProcessInstance registered = registered(TestApplicants.nationalId());
		String atReception = journey.startAtOffice("reception2", TestApplicants.startForm("C1", TestApplicants.nationalId()))
			.getBusinessKey();
		List<String> references = List.of(atCommittee.getBusinessKey(), registered.getBusinessKey(), atReception,
				"HY-1999-999999", "x".repeat(300));
		Map<String, List<String>> users = Map.of("reception1", List.of(Roles.RECEPTION), "reception2",
				List.of(Roles.RECEPTION), "researcher1", List.of(Roles.SOCIAL_RESEARCH), "committee1",
				List.of(Roles.RESEARCH_COMMITTEE), "supervisor1", List.of(Roles.SUPERVISORS), "analyst1",
				List.of(Roles.ANALYSTS));
		users.forEach((user, groups) -> assertThat(access.readable(user, groups, references)).as(user)
			.containsExactlyInAnyOrderElementsOf(references.stream().filter(r -> access.canRead(user, groups, r)).toList()));
		assertThat(access.readable("researcher1", List.of(Roles.SOCIAL_RESEARCH), references))
			.containsExactlyInAnyOrder(atCommittee.getBusinessKey(), registered.getBusinessKey());
		assertThat(access.readable("supervisor1", List.of(Roles.SUPERVISORS), references)).hasSize(4);
	}

	@Test
	void aLetterMistypedInOneWordOfThreeStillFindsTheFamily() {
		String family = uniqueFamilyName();
		String reference = start("سعد ناصر " + family);
		String mistyped = "سعد ناصر " + family.substring(0, family.length() - 1)
				+ (family.endsWith("ب") ? "ت" : "ب");
		JsonNode hits = search("reception1", mistyped);
		assertThat(hits.findValuesAsText("reference")).contains(reference);
		assertThat(hits.get(0).path("score").asDouble()).isLessThan(1.0).isGreaterThanOrEqualTo(FamilySearch.MIN_SCORE);
	}

	// --- one complete journey

	@Test
	void theTimelineTellsOneCompleteJourney() {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		String reference = instance.getBusinessKey();
		journey.moveClock(Duration.ofHours(1));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		journey.moveClock(Duration.ofHours(1));
		journey.declare(instance);
		journey.moveClock(Duration.ofDays(1));
		journey.research(instance, "RECOMMEND_APPROVAL");
		journey.moveClock(Duration.ofHours(1));
		ProcessInstance inquiry = journey.start("beneficiary-inquiry", "reception2",
				JourneyDriver.with(TestApplicants.inquiryForm("STATUS", "أين وصل طلبي؟"), "requestReference", reference));
		String inquiryReference = inquiry.getBusinessKey();
		journey.moveClock(Duration.ofDays(1));
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.moveClock(Duration.ofHours(1));
		journey.vote(instance, "committee3", "APPROVE");
		String fileNumber = (String) runtimeService.getVariable(instance.getId(), "fileNumber");
		JsonNode registered = read(get("reception2", "/api/family-files/by-request/" + reference), "registered");
		assertThat(registered.path("requests").get(0).path("stage").asText()).isEqualTo("REGISTERED");
		assertThat(registered.path("requests").get(0).path("fileNumber").asText()).isEqualTo(fileNumber);
		journey.moveClock(Duration.ofDays(1));
		journey.complete(instance, "Task_DeliverService", "reception2",
				Map.of("serviceDescription", "سلة غذائية شهرية", "serviceAmount", 350.0, "deliveredOn", "2026-11-24"));
		journey.moveClock(Duration.ofDays(1));
		journey.answerSurvey(journey.survey(instance), 5, "شكرًا لكم");

		// found by its file number and by the inquiry's reference too
		assertThat(search("reception1", fileNumber).findValuesAsText("reference")).containsExactly(reference);
		assertThat(search("reception1", inquiryReference).findValuesAsText("reference")).containsExactly(reference);

		JsonNode file = read(get("supervisor1", "/api/family-files/by-request/" + reference), "file");
		JsonNode request = file.path("requests").get(0);
		assertThat(request.path("stage").asText()).isEqualTo("SERVED");
		assertThat(request.path("stageLabel").asText()).isEqualTo("قُدّمت الخدمة");
		assertThat(request.path("decision").path("number").asText()).isNotBlank();
		assertThat(request.path("decision").path("outcomeLabel").asText()).isEqualTo("قبول الطلب");
		assertThat(request.path("clock").path("metDeadline").asBoolean()).isTrue();
		assertThat(request.path("channelLabel").asText()).isEqualTo("مقابلة شخصية");
		assertThat(file.path("applicant").path("fileNumber").asText()).isEqualTo(fileNumber);
		assertThat(file.path("household").isArray()).isTrue();

		JsonNode timeline = file.path("timeline");
		List<String> kinds = timeline.findValuesAsText("kind");
		assertThat(kinds).containsSubsequence("REQUEST", "VISIT", "DECISION", "DELIVERY")
			.contains("TASK", "MESSAGE", "DOCUMENT", "REGISTRATION", "INQUIRY", "SURVEY");
		assertThat(kinds.get(0)).isEqualTo("REQUEST");
		// each task done, by whom
		assertThat(tasks(timeline)).contains("استقبال المستفيد by reception1", "تسجيل إقرار المتقدم by reception1",
				"إجراء البحث الاجتماعي by researcher1", "البت في طلب الدعم by committee1", "البت في طلب الدعم by committee3",
				"تقديم الخدمة by reception2");
		// the messages sent, with their text and state
		assertThat(timeline.findParents("kind").stream().filter(e -> e.path("kind").asText().equals("MESSAGE")).toList())
			.isNotEmpty()
			.allSatisfy(m -> {
				assertThat(m.path("detail").asText()).isNotBlank();
				assertThat(m.path("statusLabel").asText()).isNotBlank();
			})
			.anySatisfy(m -> assertThat(m.path("detail").asText()).contains(reference));
		assertThat(timeline.toString()).contains("سلة غذائية شهرية").contains("المبلغ 350").contains(fileNumber)
			.contains("التقييم العام 5 من 5").contains("الاستفسار عن حالة طلب");
		// oldest first
		assertThat(timeline.findValuesAsText("at").stream().map(java.time.Instant::parse).toList()).isSorted();
	}

	// --- helpers

	private String start(String applicantName) {
		return start(applicantName, TestApplicants.nationalId());
	}

	private String start(String applicantName, String nationalId) {
		Map<String, Object> form = JourneyDriver.with(TestApplicants.startForm("C1", nationalId), "applicantName",
				applicantName);
		return journey.startAtOffice("reception1", form).getBusinessKey();
	}

	/** A request approved by the committee: the family registered with a file, household 6, income 2,500. */
	private ProcessInstance registered(String nationalId) {
		ProcessInstance instance = journey.toCommittee(nationalId);
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");
		return instance;
	}

	private static List<JsonNode> events(JsonNode file, String kind) {
		return file.path("timeline").findParents("kind").stream().filter(e -> e.path("kind").asText().equals(kind)).toList();
	}

	/** A family name no other test has: "ال" and five random letters. */
	private static String uniqueFamilyName() {
		String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
		StringBuilder name = new StringBuilder("ال");
		for (int i = 0; i < 5; i++) {
			name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return name.toString();
	}

	/** Withheld: null, or left out of the JSON. */
	private static boolean absent(JsonNode value) {
		return value.isMissingNode() || value.isNull();
	}

	private static List<String> tasks(JsonNode timeline) {
		return timeline.findParents("kind")
			.stream()
			.filter(e -> e.path("kind").asText().equals("TASK"))
			.map(e -> e.path("title").asText() + " by " + e.path("by").asText())
			.toList();
	}

	private static List<String> researchDetail(JsonNode file) {
		return file.path("timeline")
			.findParents("kind")
			.stream()
			.filter(e -> e.path("kind").asText().equals("VISIT"))
			.map(e -> e.path("detail").asText(""))
			.filter(d -> !d.isEmpty())
			.toList();
	}

	private JsonNode search(String user, String q) {
		ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD)
			.getForEntity("/api/family-files/search?q={q}", String.class, q);
		return read(response, q);
	}

	private ResponseEntity<String> get(String user, String path) {
		TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, PASSWORD);
		return client.exchange(java.net.URI.create(rest.getRootUri() + encodeQuery(path)), HttpMethod.GET, null, String.class);
	}

	private ResponseEntity<String> post(String user, String path, String body) {
		return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, json(body), String.class);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/** Arabic letters and spaces in a query string, percent-encoded; what is already encoded stays. */
	private static String encodeQuery(String path) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c > 0x7E || c == ' ' || c == '\'' || c == '\\') {
				encoded.append(String.format("%%%02X", c));
			}
			else {
				encoded.append((char) c);
			}
		}
		return encoded.toString();
	}

	private static JsonNode read(ResponseEntity<String> response, String what) {
		assertThat(response.getStatusCode().value()).as(what + ": " + response.getBody()).isBetween(200, 201);
		try {
			return JSON.readTree(response.getBody());
		}
		catch (Exception e) {
			throw new AssertionError(what + ": not JSON: " + response.getBody(), e);
		}
	}

}
