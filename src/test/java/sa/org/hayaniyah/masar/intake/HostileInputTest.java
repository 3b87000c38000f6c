package sa.org.hayaniyah.masar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * A stranger on the open API (issue 18, findings 7, 8 and 9): hostile strings are data or a 400 with Arabic, never a
 * 500; the answer does not tell whether a national ID already asked for help, and never blocks the person at reception.
 */
@MasarIntegrationTest
class HostileInputTest extends DatabaseTestSupport {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	@ParameterizedTest
	@ValueSource(strings = { "Robert'); DROP TABLE support_request;--", "x' OR '1'='1", "محمد\"; DELETE FROM beneficiary; --",
			"<img src=x onerror=alert(1)>" })
	void aHostileNameIsStoredVerbatimAndHarmless(String name) {
		long before = jdbc.sql("SELECT COUNT(*) FROM support_request").query(Long.class).single();

		SupportRequest opened = supportRequests.open(new NewSupportRequest(Channel.C2, TestApplicants.nationalId(), name,
				"+966551230000", SupportType.FOOD_BASKET, "reception1"), null);

		assertThat(supportRequests.get(opened.id()).applicantName()).isEqualTo(name);
		assertThat(supportRequests.findByReference(opened.referenceNumber())).isPresent();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM support_request").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM support_request WHERE applicant_name = ?").param(name).query(Long.class).single())
			.isEqualTo(1);
	}

	/** Finding 7: the second request for an open national ID looks exactly like the first, and names nobody else's. */
	@Test
	void theOnlineApiAnswersTheSameForANewAndAnAlreadyOpenNationalId() throws Exception {
		String nationalId = TestApplicants.nationalId();

		ResponseEntity<String> first = post("/api/online-requests", onlineRequest(nationalId));
		ResponseEntity<String> second = post("/api/online-requests", onlineRequest(nationalId));

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(first.getStatusCode());
		JsonNode a = JSON.readTree(first.getBody());
		JsonNode b = JSON.readTree(second.getBody());
		assertThat(iterable(b.fieldNames())).isEqualTo(iterable(a.fieldNames()));
		assertThat(second.getBody()).doesNotContain(a.get("referenceNumber").asText());
		// reception sees the second as a possible duplicate to resolve
		assertThat(jdbc.sql("SELECT possible_duplicate_of FROM support_request WHERE reference_number = ?")
			.param(b.get("referenceNumber").asText())
			.query(String.class)
			.single()).isEqualTo(a.get("referenceNumber").asText());
	}

	/** Finding 7: whoever submitted online first, the person is still received at the office. */
	@Test
	void anOnlineSubmissionNeverBlocksThePersonAtReception() {
		String nationalId = TestApplicants.nationalId();
		assertThat(post("/api/online-requests", onlineRequest(nationalId)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		assertThatCode(() -> journey.startAtOffice("reception1", TestApplicants.startForm("C1", nationalId)))
			.doesNotThrowAnyException();
	}

	/** Finding 8: strict JSON: a duplicated key, an unknown field, trailing tokens, NUL and control characters. */
	@ParameterizedTest
	@ValueSource(strings = {
			"{\"channel\":\"C7\",\"channel\":\"C3\",\"nationalId\":\"%s\",\"applicantName\":\"سعد محمد\",\"mobile\":\"0551234567\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true}",
			"{\"channel\":\"C7\",\"isAdmin\":true,\"nationalId\":\"%s\",\"applicantName\":\"سعد محمد\",\"mobile\":\"0551234567\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true}",
			"{\"channel\":\"C7\",\"nationalId\":\"%s\",\"applicantName\":\"سعد محمد\",\"mobile\":\"0551234567\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true} {\"x\":1}",
			"{\"channel\":\"C7\",\"nationalId\":\"%s\",\"applicantName\":\"سعد\\u0000 محمد\",\"mobile\":\"0551234567\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true}",
			"{\"channel\":\"C7\",\"nationalId\":\"%s\",\"applicantName\":\"سعد\\u001b[31m محمد\",\"mobile\":\"0551234567\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true}",
			"{\"channel\":\"C7\",\"nationalId\":\"%s\",\"applicantName\":\"سعد محمد\",\"mobile\":\"0551234567\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true,\"requestSummary\":\"%s\"}" })
	void malformedOrHostileJsonIsA400WithArabic(String template) throws Exception {
		String body = template.formatted(TestApplicants.nationalId(), "ط".repeat(4001));

		ResponseEntity<String> response = post("/api/online-requests", body);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode problem = JSON.readTree(response.getBody());
		assertThat(problem.get("violations")).isNotEmpty();
		assertThat(problem.get("violations").get(0).get("arabic").asText()).matches(".*[\\u0600-\\u06FF].*");
	}

	/** Finding 9: consent is the JSON boolean true, nothing that merely looks like it. */
	@ParameterizedTest
	@ValueSource(strings = { "1", "\"true\"", "\"yes\"", "[true]" })
	void consentIsOnlyTheJsonBooleanTrue(String consent) {
		String body = onlineRequest(TestApplicants.nationalId()).replace("\"consentGiven\":true", "\"consentGiven\":" + consent);

		assertThat(post("/api/online-requests", body).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/** Finding 9: a 10 MB unknown field is refused before it is read into memory. */
	@Test
	void aTenMegabyteFieldIsRefused() {
		String body = onlineRequest(TestApplicants.nationalId()).replace("{", "{\"padding\":\"" + "x".repeat(10 * 1024 * 1024) + "\",");

		ResponseEntity<String> response = post("/api/online-requests", body);

		assertThat(response.getStatusCode().is4xxClientError()).as("status " + response.getStatusCode()).isTrue();
		assertThat(response.getBody()).contains("arabic");
	}

	/** Finding 8: the inquiry and survey APIs are as strict. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/inquiries", "/api/surveys/no-such-token" })
	void theOtherOpenApisRefuseDuplicateKeysAndUnknownFields(String path) {
		String inquiry = "{\"channel\":\"C7\",\"channel\":\"C3\",\"inquiryKind\":\"PROCEDURE\",\"question\":\"ما المستندات المطلوبة؟\","
				+ "\"personName\":\"سعد محمد\",\"mobile\":\"0551234567\",\"extra\":1}";
		String survey = "{\"overall\":5,\"overall\":1,\"extra\":1}";

		assertThat(post(path, path.startsWith("/api/inquiries") ? inquiry : survey).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	static String onlineRequest(String nationalId) {
		return "{\"channel\":\"C7\",\"nationalId\":\"" + nationalId + "\",\"applicantName\":\"سعد محمد الحياني\","
				+ "\"mobile\":\"" + TestApplicants.mobile(nationalId) + "\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true}";
	}

	private ResponseEntity<String> post(String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
	}

	private static List<String> iterable(java.util.Iterator<String> names) {
		List<String> out = new java.util.ArrayList<>();
		names.forEachRemaining(out::add);
		return out;
	}

}
