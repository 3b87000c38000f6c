package sa.org.hayaniyah.masar.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;

/**
 * Referral reasons (R3, O8): supervisors keep the list, an inactive reason is no longer offered or accepted, and the
 * recurring reasons of a period are counted exactly.
 */
@MasarIntegrationTest
class ReferralReasonsTest extends DatabaseTestSupport {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	ReferralReasons reasons;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Test
	void supervisorsKeepTheListAndOthersOnlyReadIt() {
		String code = "RENT_CONTRACT_" + (System.nanoTime() % 100000);
		assertThat(post("reception1", Map.of("code", code, "label", "لم يتضح نوع عقد الإيجار المقبول")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("supervisor1", Map.of("code", code, "label", "لم يتضح نوع عقد الإيجار المقبول")).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> duplicate = post("supervisor1", Map.of("code", code, "label", "مكرر"));
		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(duplicate.getBody()).contains("يوجد سبب بهذا الرمز من قبل");
		ResponseEntity<String> invalid = post("supervisor1", Map.of("code", "rent contract", "label", ""));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody()).contains("\"code\"").contains("\"label\"").contains("بأحرف كبيرة");

		ResponseEntity<List<Map<String, Object>>> read = rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/api/referral-reasons", HttpMethod.GET, null, LIST);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody()).extracting(r -> r.get("code")).contains(code, "REQUIRED_DOCUMENTS");
		assertThat(reasons.options()).extracting(o -> o.get("value")).contains(code);

		assertThat(rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/referral-reasons/" + code, HttpMethod.DELETE, null, Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(reasons.options()).extracting(o -> o.get("value")).doesNotContain(code);
		assertThatThrownBy(() -> reasons.record(null, null, code, "clarificationReason", "reception1"))
			.hasMessageContaining("اختر سبب الإحالة");
		assertThat(rest.getForEntity("/api/referral-reasons", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theRecurringReasonsOfAPeriodAreCountedMostFrequentFirst() {
		// March 2034: 3 × REQUIRED_DOCUMENTS, 2 × ELIGIBILITY, 1 × FIELD_VISIT; one more in April is outside
		refer("REQUIRED_DOCUMENTS", LocalDateTime.of(2034, 3, 1, 0, 0));
		refer("REQUIRED_DOCUMENTS", LocalDateTime.of(2034, 3, 10, 9, 0));
		refer("REQUIRED_DOCUMENTS", LocalDateTime.of(2034, 3, 31, 23, 59));
		refer("ELIGIBILITY", LocalDateTime.of(2034, 3, 5, 11, 0));
		refer("ELIGIBILITY", LocalDateTime.of(2034, 3, 6, 11, 0));
		refer("FIELD_VISIT", LocalDateTime.of(2034, 3, 20, 8, 0));
		refer("FIELD_VISIT", LocalDateTime.of(2034, 4, 1, 0, 0));

		assertThat(reasons.recurring(LocalDate.of(2034, 3, 1), LocalDate.of(2034, 4, 1)))
			.extracting(ReferralReasons.Recurring::code, ReferralReasons.Recurring::referrals)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REQUIRED_DOCUMENTS", 3),
					org.assertj.core.groups.Tuple.tuple("ELIGIBILITY", 2), org.assertj.core.groups.Tuple.tuple("FIELD_VISIT", 1));
		ResponseEntity<List<Map<String, Object>>> report = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/referral-reasons/report?from=2034-03-01&to=2034-03-31", HttpMethod.GET, null, LIST);
		assertThat(report.getBody()).extracting(r -> r.get("referrals")).containsExactly(3, 2, 1);
		assertThat(report.getBody().get(0)).containsEntry("label", "لم تتضح المستندات المطلوبة");
		assertThat(rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/api/referral-reasons/report?from=2034-03-01&to=2034-03-31", HttpMethod.GET, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private void refer(String code, LocalDateTime at) {
		jdbc.sql("INSERT INTO referral (reason_code, referred_by, referred_at) VALUES (?, 'reception1', ?)")
			.params(code, Timestamp.valueOf(at))
			.update();
	}

	private ResponseEntity<String> post(String user, Map<String, Object> body) {
		return rest.withBasicAuth(user, "masar-demo").exchange("/api/referral-reasons", HttpMethod.POST, new HttpEntity<>(body),
				String.class);
	}

}
