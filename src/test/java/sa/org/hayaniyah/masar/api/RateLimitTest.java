package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Issue 18, finding 7: the public endpoints answer 429 with Retry-After and Arabic past their limits (application.yaml
 * masar.rate-limit: 60 a minute per client IP and endpoint, 5 an hour per national ID), and serve again once the time
 * has passed: the engine clock is moved, nothing sleeps.
 */
@MasarIntegrationTest
class RateLimitTest extends DatabaseTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RateLimits limits;

	@Autowired
	JourneyDriver journey;

	/** The engine clock stands still unless the test moves it: no token comes back while the test counts. */
	@BeforeEach
	void freshBucketsAndAStillClock() {
		limits.forgetAll();
		ClockUtil.setCurrentTime(new Date());
	}

	@AfterEach
	void freshBuckets() {
		limits.forgetAll();
	}

	@Test
	void oneNationalIdGetsFiveRequestsAnHour() {
		String nationalId = TestApplicants.nationalId();
		for (int i = 0; i < 5; i++) {
			assertThat(submit(nationalId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}

		ResponseEntity<String> refused = submit(nationalId);

		assertTooMany(refused);
		assertThat(submit(TestApplicants.nationalId()).getStatusCode()).as("another national ID").isEqualTo(HttpStatus.CREATED);
		journey.moveClock(Duration.ofHours(1));
		assertThat(submit(nationalId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void oneClientGetsSixtyRequestsAMinutePerEndpoint() {
		for (int i = 0; i < 60; i++) {
			assertThat(rest.getForEntity("/api/surveys/no-such-token-" + i, String.class).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}

		assertTooMany(rest.getForEntity("/api/surveys/no-such-token", String.class));
		journey.moveClock(Duration.ofMinutes(1));
		assertThat(rest.getForEntity("/api/surveys/no-such-token", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private static void assertTooMany(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
		assertThat(response.getBody()).contains(RateLimits.ARABIC);
	}

	private ResponseEntity<String> submit(String nationalId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = "{\"channel\":\"C7\",\"nationalId\":\"" + nationalId + "\",\"applicantName\":\"سعد محمد الحياني\","
				+ "\"mobile\":\"" + TestApplicants.mobile(nationalId) + "\",\"supportType\":\"FOOD_BASKET\",\"consentGiven\":true}";
		return rest.postForEntity("/api/online-requests", new HttpEntity<>(body, headers), String.class);
	}

}
