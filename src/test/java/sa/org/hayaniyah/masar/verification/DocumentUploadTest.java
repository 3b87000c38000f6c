package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Staff upload a request's documents; the file, its checksum and size are kept, and read back unchanged.
 */
@MasarIntegrationTest
class DocumentUploadTest extends DatabaseTestSupport {

	private static final byte[] PDF = "%PDF-1.4 صورة الهوية".getBytes(StandardCharsets.UTF_8);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	String reference;

	@BeforeEach
	void openRequest() {
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		reference = (String) journey.variable(instance, "referenceNumber");
	}

	@Test
	void anUploadedDocumentIsKeptWithItsChecksumAndReadBackUnchanged() throws Exception {
		ResponseEntity<Map<String, Object>> uploaded = upload("ID_COPY", "hawiya.pdf", MediaType.APPLICATION_PDF, PDF);

		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(uploaded.getBody()).containsEntry("fileName", "hawiya.pdf")
			.containsEntry("checksum", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)))
			.containsEntry("sizeBytes", PDF.length);
		ResponseEntity<byte[]> download = rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity("/api/requests/" + reference + "/documents/ID_COPY", byte[].class);
		assertThat(download.getBody()).isEqualTo(PDF);
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
	}

	@Test
	void anUnknownTypeOrAFileThatIsNotAScanIsRefusedInArabic() {
		ResponseEntity<Map<String, Object>> unknown = upload("PASSPORT", "x.pdf", MediaType.APPLICATION_PDF, PDF);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().get("violations").toString()).contains("نوع المستند غير معروف");

		ResponseEntity<Map<String, Object>> script = upload("ID_COPY", "x.html", MediaType.TEXT_HTML, "<script>".getBytes());
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(script.getBody().get("violations").toString()).contains("PDF");

		ResponseEntity<Map<String, Object>> empty = upload("ID_COPY", "x.pdf", MediaType.APPLICATION_PDF, new byte[0]);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getBody().get("violations").toString()).contains("الملف فارغ");
	}

	@Test
	void documentsAreForStaffOnly() {
		assertThat(rest.getForEntity("/api/requests/" + reference + "/documents", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity("/api/requests/HY-0000-000000/documents", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<Map<String, Object>> upload(String type, String name, MediaType contentType, byte[] bytes) {
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(contentType);
		fileHeaders.setContentDispositionFormData("file", name);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("type", type);
		body.add("file", new HttpEntity<>(new ByteArrayResource(bytes), fileHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return rest.withBasicAuth("reception1", "masar-demo")
			.exchange("/api/requests/" + reference + "/documents", HttpMethod.POST, new HttpEntity<>(body, headers),
					new ParameterizedTypeReference<>() {
					});
	}

}
