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
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Staff upload a request's documents; the file, its checksum and size are kept, and read back unchanged. An upload is
 * judged by its bytes (tika-core), and a bad one is a 400 with Arabic, never a 500.
 */
@MasarIntegrationTest
class DocumentUploadTest extends DatabaseTestSupport {

	private static final byte[] PDF = "%PDF-1.4 صورة الهوية".getBytes(StandardCharsets.UTF_8);

	/** The first bytes of a Windows executable. */
	private static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000This program cannot be run in DOS mode"
		.getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JourneyDriver journey;

	String reference;

	@BeforeEach
	void openRequest() {
		ProcessInstance instance = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		reference = journey.variable(instance, JourneyVariables.REFERENCE_NUMBER);
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

	/** Issue 18, finding 9: judged by its bytes; the first bytes of a Windows executable declared as a PDF are refused. */
	@Test
	void anExecutableDeclaredAsPdfIsRefused() {
		assertRefused(upload("ID_COPY", "hawiya.pdf", MediaType.APPLICATION_PDF, EXE));
	}

	/** Issue 18, finding 8: a part without a content type, or with a 256-character name, is a 400, never a 500. */
	@Test
	void anUploadWithoutAContentTypeOrWithA256CharacterNameIsRefused() {
		assertRefused(upload("ID_COPY", "hawiya.pdf", null, PDF));
		assertRefused(upload("ID_COPY", "h".repeat(252) + ".pdf", MediaType.APPLICATION_PDF, PDF));
		// in Arabic the part's header outgrows what the server parses: still a client error with Arabic
		ResponseEntity<Map<String, Object>> arabic = upload("ID_COPY", "ه".repeat(252) + ".pdf", MediaType.APPLICATION_PDF, PDF);
		assertThat(arabic.getStatusCode().is4xxClientError()).as(String.valueOf(arabic.getBody())).isTrue();
		assertThat(arabic.getBody().get("arabic").toString()).containsPattern("[\\u0600-\\u06FF]");
	}

	@Test
	void aRealPngDeclaredAsPdfIsKeptAsAPng() {
		assertThat(upload("ID_COPY", "hawiya.png", MediaType.APPLICATION_PDF, PNG).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<byte[]> back = rest.withBasicAuth("reception1", "masar-demo")
			.getForEntity("/api/requests/" + reference + "/documents/ID_COPY", byte[].class);
		assertThat(back.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
	}

	private static void assertRefused(ResponseEntity<Map<String, Object>> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("violations").toString()).containsPattern("[\\u0600-\\u06FF]");
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
		if (contentType != null) {
			fileHeaders.setContentType(contentType);
		}
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
