package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * A request that came by letter (C4) is answered by letter: reception lists and prints it on the letterhead.
 */
@MasarIntegrationTest
class LetterControllerTest extends JourneyTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Test
	void aRealRequestsLetterIsPrintedOnTheLetterhead() throws Exception {
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C4", nationalId));
		journey.receive(instance, TestApplicants.applicantData(nationalId));
		journey.declare(instance);
		String reference = (String) runtimeService.getVariable(instance.getId(), "referenceNumber");

		ResponseEntity<List<Map<String, Object>>> letters = rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/api/requests/" + reference + "/letters", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(letters.getBody()).singleElement().satisfies(l -> assertThat(l).containsEntry("template", "committee-timeline"));

		ResponseEntity<byte[]> pdf = rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity((String) letters.getBody().get(0).get("url"), byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		Files.createDirectories(Path.of("target", "letters"));
		Files.write(Path.of("target", "letters", "real-request-letter.pdf"), pdf.getBody());
		try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
			assertThat(new PDFTextStripper().getText(document)).contains(reference).contains("1380");
		}
		assertThat(rest.getForEntity((String) letters.getBody().get(0).get("url"), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
