package sa.org.hayaniyah.masar.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static sa.org.hayaniyah.masar.JourneyDriver.with;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.notification.NotificationDispatcher;

/**
 * One person through every capability (the journey to delivery with a document, a low survey score and its service
 * recovery, an inquiry with its survey, an outreach follow-up, messages in the outbox files), then the PDPL rights
 * over all of it: the export holds every place the person's identifiers are found, and after retention a scan of
 * every text and binary column of every table (the engine's included) and of the outbox files finds none of them.
 */
@MasarIntegrationTest
class PersonalDataLifecycleTest extends JourneyTestSupport {

	private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	PersonalDataContributors contributors;

	@Autowired
	RetentionJob retention;

	@Autowired
	RetentionProperties retentionProperties;

	@Autowired
	AuditTrail audit;

	@Autowired
	ManagementService managementService;

	@Test
	void theExportHoldsEveryPlaceThePersonIsFoundAndAfterRetentionNoPlaceHoldsThem() throws Exception {
		Person person = new Person();
		Seeded seeded = seed(person);

		Map<String, Integer> before = scan(person.identifiers());
		print("before anonymisation", before);
		Map<String, Set<String>> personal = personalColumns();
		for (String place : before.keySet()) {
			String table = place.substring(0, place.indexOf('.'));
			if (!table.startsWith("act_") && !table.equals("file")) {
				assertThat(personal.getOrDefault(table, Set.of())).as("found in " + place + ": inventoried as personal")
					.contains(place.substring(place.indexOf('.') + 1));
			}
		}
		assertThat(before.keySet()).as("the person is in the domain, the engine's history and byte arrays, and the outbox")
			.contains("support_request.national_id", "beneficiary.national_id", "inquiry.national_id", "household_member.member_name",
					"survey.answer_comment", "service_recovery.action_taken", "outreach_follow_up.outcome", "submitted_document.content",
					"act_hi_varinst.text_", "act_ge_bytearray.bytes_", "file.email.log");
		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processDefinitionKey("beneficiary-outreach")
			.variableValueEquals("referenceNumber", seeded.fileNumber)
			.count()).as("the family's scope in the shared outreach run").isEqualTo(1);

		ResponseEntity<Map<String, List<Map<String, Object>>>> response = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/data-subjects/" + person.nationalId + "/export", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, List<Map<String, Object>>> export = response.getBody();
		for (String place : before.keySet()) {
			String table = place.substring(0, place.indexOf('.'));
			String section = table.startsWith("act_") ? "engine_variable" : table.equals("file") ? "outbox_file" : table;
			assertThat(export.get(section)).as("the export's " + section + ", for " + place).isNotEmpty();
		}
		String json = new ObjectMapper().writeValueAsString(export);
		assertThat(json).as("the export names the person as every place does").contains(person.identifiers());
		assertThat(export.get("engine_variable_update")).isNotEmpty();
		for (String reference : List.of(seeded.request, seeded.inquiry, seeded.fileNumber)) {
			assertThat(audit.about(reference)).as("the export is audited on " + reference)
				.extracting(AuditTrail.Entry::action)
				.contains(AuditTrail.Action.EXPORT);
		}

		journey.moveClock(retentionProperties.closedRequestPeriod().plus(retentionProperties.beneficiaryFilePeriod()).plusDays(1));
		assertThat(retention.apply()).isPositive();

		Map<String, Integer> after = scan(person.identifiers());
		print("after anonymisation", after);
		assertThat(after).as("no trace of the person anywhere").isEmpty();
		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.variableValueEquals("referenceNumber", seeded.fileNumber)
			.count()).as("the family's scope in the outreach run is gone, the run's own history stays").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM beneficiary WHERE file_number = ? AND first_request_id IS NULL"
				+ " AND date_of_birth IS NULL AND address IS NULL AND anonymised_at IS NOT NULL", Integer.class, seeded.fileNumber))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE reference_number = ? AND request_id IS NULL"
				+ " AND beneficiary_id IS NULL", Integer.class, seeded.inquiry)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM support_request WHERE reference_number = ? AND date_of_birth IS NULL"
				+ " AND status = 'SERVED'", Integer.class, seeded.request)).as("the statistics stay").isEqualTo(1);
		assertThat(audit.about(seeded.fileNumber)).extracting(AuditTrail.Entry::action).contains(AuditTrail.Action.ANONYMISE);
	}

	/** Everything one person leaves behind; what the engine's steps need is filled as staff fill it. */
	private Seeded seed(Person person) throws Exception {
		String nationalId = person.nationalId;
		ProcessInstance request = journey.startAtOffice("reception1", with(with(with(
				TestApplicants.startForm("C1", nationalId), "applicantName", person.fullName()), "preferredChannel", "EMAIL"), "email",
				person.email));
		String reference = journey.variable(request, JourneyVariables.REFERENCE_NUMBER);
		upload(reference, ("%PDF-1.4 صورة الهوية " + nationalId + " " + person.fullName()).getBytes(StandardCharsets.UTF_8));
		// an ID expiring within the outreach window: the morning run writes to the family
		Map<String, Object> data = with(with(with(with(TestApplicants.applicantData(nationalId), "idExpiryDate", "2026-12-10"),
				"familyName", person.familyName),
				"address", "شارع " + person.familyName + " بجوار المسجد"), "householdMembers",
				List.of(Map.of("memberName", person.spouse, "relation", "SPOUSE", "memberAge", 40, "memberIncome", 0)));
		journey.receive(request, with(data, "householdSize", 2L));
		journey.declare(request);
		journey.research(request, "RECOMMEND_APPROVAL");
		journey.vote(request, "committee1", "APPROVE");
		journey.vote(request, "committee2", "APPROVE");
		journey.vote(request, "committee3", "APPROVE");
		journey.complete(request, "Task_DeliverService", "reception2",
				Map.of("serviceDescription", "سلة غذائية لأسرة " + person.familyName, "serviceAmount", 350.0, "deliveredOn", "2026-11-22"));
		ProcessInstance survey = journey.survey(request);
		journey.answerSurvey(survey, 1, "لم يتصل بي أحد، أنا " + person.fullName() + " وجوالي " + person.mobile());
		journey.complete(survey, "Task_RecoverService", "supervisor1", Map.of("calledBack", true, "recoveryAction",
				"اتصلت بالسيد " + person.fullName() + " على " + person.mobile() + " واعتذرت"));
		assertThat(request).isEnded();

		ProcessInstance inquiry = journey.start("beneficiary-inquiry", "reception1", with(with(with(with(
				TestApplicants.inquiryForm("STATUS", "هل وصلت سلة أسرة " + person.familyName + "؟"), "nationalId", nationalId),
				"personName", person.fullName()), "mobile", person.mobile()), "email", person.email));
		journey.complete(inquiry, "Task_AnswerInquiry", "reception1", Map.of("answer", "نعم يا " + person.fullName()));
		journey.answerSurvey(journey.survey(inquiry), 5, "شكرا من " + person.familyName);
		assertThat(inquiry).isEnded();

		String fileNumber = jdbc.queryForObject("SELECT file_number FROM beneficiary WHERE national_id = ?", String.class, nationalId);
		long beneficiaryId = jdbc.queryForObject("SELECT id FROM beneficiary WHERE national_id = ?", Long.class, nationalId);
		// the morning outreach run: one scope per family in a run shared with every other family
		managementService.executeJob(managementService.createJobQuery()
			.processDefinitionKey("beneficiary-outreach")
			.timers()
			.singleResult()
			.getId());
		// only this run's scopes: runs other tests left waiting in the shared database are not this person's
		String run = jdbc.queryForObject("SELECT found_by FROM outreach_follow_up WHERE beneficiary_id = ? AND reason = 'ID_EXPIRING'",
				String.class, beneficiaryId);
		journey.runJobs(runtimeService.createProcessInstanceQuery().processInstanceId(run).singleResult());
		// a field visit's findings, as the visit step records them
		jdbc.update("""
				INSERT INTO outreach_follow_up (beneficiary_id, reason, reason_key, action, found_by, found_at, status, outcome)
				VALUES (?, 'NO_CONTACT', 'test', 'FIELD_VISIT', 'test', ?, 'DONE', ?)""", beneficiaryId,
				Timestamp.from(engineNow()), "زرنا أسرة " + person.familyName + " وتحدثنا مع " + person.spouse);

		// the survey invitation waits two hours; everything queued leaves through the loopback channels' files
		journey.moveClock(Duration.ofHours(3));
		while (dispatcher.dispatchBatch() > 0) {
			// until the outbox is empty
		}
		return new Seeded(reference, inquiry.getBusinessKey(), fileNumber);
	}

	private Instant engineNow() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	private void upload(String reference, byte[] pdf) {
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.APPLICATION_PDF);
		fileHeaders.setContentDispositionFormData("file", "hawiya.pdf");
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("type", "ID_COPY");
		body.add("file", new HttpEntity<>(new ByteArrayResource(pdf), fileHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertThat(rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/api/requests/" + reference + "/documents", HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	/**
	 * Rows per {@code table.column} (every table, the engine's too) holding any of the identifiers in text or bytes, and
	 * blocks per outbox file ({@code file.<name>}).
	 */
	private Map<String, Integer> scan(String[] identifiers) throws Exception {
		Map<String, Integer> hits = new TreeMap<>();
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.add(rs.getString("TABLE_NAME"));
				}
			}
		}
		for (String table : tables) {
			jdbc.query("SELECT * FROM \"" + table + "\"", (ResultSet rs) -> {
				ResultSetMetaData columns = rs.getMetaData();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					Object value = JdbcUtils.getResultSetValue(rs, i);
					String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
							: value instanceof String s ? s : null;
					if (text != null && containsAny(text, identifiers)) {
						hits.merge((table + "." + columns.getColumnName(i)).toLowerCase(Locale.ROOT), 1, Integer::sum);
					}
				}
			});
		}
		for (PersonalDataInventory part : contributors.inventory()) {
			for (Path file : part.files()) {
				if (Files.exists(file)) {
					int blocks = (int) List.of(Files.readString(file, StandardCharsets.UTF_8).split("(?m)^--- "))
						.stream()
						.filter(block -> containsAny(block, identifiers))
						.count();
					if (blocks > 0) {
						hits.put("file." + file.getFileName(), blocks);
					}
				}
			}
		}
		return hits;
	}

	private static boolean containsAny(String text, String[] identifiers) {
		for (String identifier : identifiers) {
			if (text.contains(identifier)) {
				return true;
			}
		}
		return false;
	}

	private static void print(String when, Map<String, Integer> hits) {
		System.out.println("PDPL scan " + when + ": " + hits.values().stream().mapToInt(Integer::intValue).sum() + " hits in "
				+ hits.size() + " places" + hits.entrySet()
					.stream()
					.map(e -> "\n  " + e.getKey() + " = " + e.getValue())
					.collect(Collectors.joining()));
	}

	private Map<String, Set<String>> personalColumns() {
		Map<String, Set<String>> personal = new HashMap<>();
		contributors.inventory().forEach(part -> part.tables().forEach(t -> personal.put(t.name(), t.personal())));
		return personal;
	}

	private record Seeded(String request, String inquiry, String fileNumber) {
	}

	/** Identifiers no other test's applicant has: a fresh national ID, mobile, family name, spouse and e-mail. */
	private static final class Person {

		final String nationalId = TestApplicants.nationalId();

		final String familyName = "آل " + word(6);

		final String spouse = "نورة " + word(5) + " " + word(6);

		final String email = "p" + nationalId + "@example.org";

		String fullName() {
			return "محمد عبدالله سعيد " + familyName;
		}

		String mobile() {
			return TestApplicants.mobile(nationalId);
		}

		/** Both spellings of the mobile are looked for: as typed and as stored (+966). */
		String[] identifiers() {
			return new String[] { nationalId, mobile(), "+966" + mobile().substring(1), familyName, spouse, email };
		}

		private static String word(int length) {
			StringBuilder word = new StringBuilder();
			for (int i = 0; i < length; i++) {
				word.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
			}
			return word.toString();
		}

	}

}
