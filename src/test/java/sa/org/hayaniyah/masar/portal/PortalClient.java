package sa.org.hayaniyah.masar.portal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A stranger's browser as the portal's API sees it: the CSRF cookie and header, and the SMS read from the outbox. */
final class PortalClient {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

	/** %PDF, a PNG signature, and a Windows program's MZ header. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
			0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };

	private final TestRestTemplate rest;

	private final JdbcClient jdbc;

	private String cookie;

	private String token;

	PortalClient(TestRestTemplate rest, JdbcClient jdbc) {
		this.rest = rest;
		this.jdbc = jdbc;
	}

	PortalClient open() {
		ResponseEntity<String> answer = rest.getForEntity("/api/portal/csrf", String.class);
		cookie = answer.getHeaders().get(HttpHeaders.SET_COOKIE).get(0).split(";")[0];
		token = read(answer).get("token").asText();
		return this;
	}

	HttpHeaders headers(MediaType type, String session) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		if (cookie != null) {
			headers.add(HttpHeaders.COOKIE, cookie);
			headers.add("X-XSRF-TOKEN", token);
		}
		if (session != null) {
			headers.add("X-Portal-Session", session);
		}
		return headers;
	}

	ResponseEntity<String> post(String path, Object body, String session) {
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body instanceof String s ? s : write(body),
				headers(MediaType.APPLICATION_JSON, session)), String.class);
	}

	ResponseEntity<String> get(String path, String session) {
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null, session)), String.class);
	}

	ResponseEntity<String> multipart(String path, MultiValueMap<String, Object> parts, String session) {
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers(MediaType.MULTIPART_FORM_DATA, session)),
				String.class);
	}

	/** The application form with its documents, each as (type, file name, declared content type, bytes). */
	ResponseEntity<String> apply(Map<String, Object> application, List<Object[]> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("application", write(application));
		for (Object[] f : files) {
			parts.add("types", f[0]);
			HttpHeaders part = new HttpHeaders();
			part.setContentType(MediaType.parseMediaType((String) f[2]));
			parts.add("files", new HttpEntity<>(new ByteArrayResource((byte[]) f[3]) {

				@Override
				public String getFilename() {
					return (String) f[1];
				}

			}, part));
		}
		return multipart("/api/portal/applications", parts, null);
	}

	/** The last code the outbox holds for this mobile (E.164), or null. */
	String lastCode(String mobile) {
		return jdbc.sql("SELECT body FROM notification WHERE template = 'portal-code' AND recipient = ? ORDER BY id DESC")
			.param(mobile)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.map(body -> {
				Matcher m = CODE.matcher(body);
				return m.find() ? m.group(1) : null;
			})
			.orElse(null);
	}

	int codesSentTo(String mobile) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE template = 'portal-code' AND recipient = ?")
			.param(mobile)
			.query(Integer.class)
			.single();
	}

	static JsonNode read(ResponseEntity<String> answer) {
		try {
			return JSON.readTree(answer.getBody());
		}
		catch (Exception e) {
			throw new AssertionError("not JSON: " + answer.getBody(), e);
		}
	}

	static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String e164(String localMobile) {
		return "+966" + localMobile.substring(1);
	}

}
