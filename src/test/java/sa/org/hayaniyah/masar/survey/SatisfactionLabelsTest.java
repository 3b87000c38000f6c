package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;

/**
 * The reports page reads labels, not codes: each satisfaction row carries the Arabic name of its service and
 * channel; the labels are for signed-in staff only.
 */
@MasarIntegrationTest
class SatisfactionLabelsTest extends JourneyTestSupport {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Test
	@SuppressWarnings("unchecked")
	void eachReportRowNamesItsServiceAndChannelInArabic() {
		ProcessInstance survey = runtimeService.startProcessInstanceByKey("satisfaction-survey", "HY-LABELS-1",
				Map.of("surveySubject", "SERVICE", "supportType", "CASH_ASSISTANCE", "channel", "C1", "applicantName", "سعد",
						"mobile", "+966551234567", "referenceNumber", "HY-LABELS-1"));
		assertThat(survey.isEnded()).isFalse();

		ResponseEntity<Map<String, Object>> report = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/satisfaction/report?from=2026-11-01&to=2026-11-30", HttpMethod.GET, null, OBJECT);
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> rows = (List<Map<String, Object>>) report.getBody().get("rows");
		assertThat(rows).anySatisfy(row -> {
			assertThat(row).containsEntry("service", "CASH_ASSISTANCE").containsEntry("serviceLabel", "مساعدة نقدية");
			assertThat(row).containsEntry("channel", "C1").containsEntry("channelLabel", "مقابلة شخصية");
		});
		assertThat(rows).allSatisfy(row -> assertThat(row.get("serviceLabel").toString()).matches(".*\\p{IsArabic}.*"));
	}

	@Test
	void theLabelsAreForSignedInStaff() {
		assertThat(rest.getForEntity("/api/satisfaction/labels", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<Map<String, Object>> labels = rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/api/satisfaction/labels", HttpMethod.GET, null, OBJECT);
		assertThat(labels.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(labels.getBody().get("supportType")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("CASH_ASSISTANCE", "مساعدة نقدية");
	}

}
