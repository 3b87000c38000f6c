package sa.org.hayaniyah.masar.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * Documents sent through the portal: PDF, JPEG or PNG judged by their bytes (tika-core's magic numbers; no parser runs
 * on them), each at most {@code maxFileSize}, at most {@code maxFiles} and {@code maxTotalSize} together. Kept under a
 * random name; the name the device gave is neither stored nor shown, and nothing here serves a file back.
 */
@Component
class PortalUploads {

	/** The document types the decision table {@code required-documents} asks for, with their Arabic names. */
	static final Map<String, String> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put("ID_COPY", "صورة الهوية الوطنية أو الإقامة");
		TYPES.put("FAMILY_RECORD", "صورة سجل الأسرة");
		TYPES.put("INCOME_PROOF", "إثبات الدخل");
		TYPES.put("LEASE_CONTRACT", "عقد الإيجار");
		TYPES.put("MEDICAL_REPORT", "تقرير طبي معتمد");
		TYPES.put("BANK_IBAN_CERTIFICATE", "شهادة رقم الحساب البنكي (الآيبان)");
	}

	private static final Map<String, String> EXTENSION = Map.of(MediaType.APPLICATION_PDF_VALUE, ".pdf",
			MediaType.IMAGE_JPEG_VALUE, ".jpg", MediaType.IMAGE_PNG_VALUE, ".png");

	private static final Tika TIKA = new Tika();

	/** A checked file, ready to store. */
	record Checked(String type, String contentType, byte[] bytes) {

		/** A random name with the extension of its real type: nothing the sender chose. */
		String storedName() {
			return "portal-" + UUID.randomUUID() + EXTENSION.get(contentType);
		}

	}

	private final JdbcClient jdbc;

	private final PortalProperties properties;

	private final Clock clock;

	PortalUploads(JdbcClient jdbc, PortalProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Checks every file with its type (parallel lists); violations name the field {@code files[i]}. */
	List<Checked> check(List<MultipartFile> files, List<String> types, List<Violation> violations) {
		List<Checked> checked = new ArrayList<>();
		List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (sent.size() > properties.maxFiles()) {
			violations.add(new Violation("files", "يمكن إرفاق " + properties.maxFiles() + " ملفات على الأكثر",
					"at most " + properties.maxFiles() + " files"));
			return checked;
		}
		long total = 0;
		for (int i = 0; i < sent.size(); i++) {
			MultipartFile file = sent.get(i);
			String field = "files[" + i + "]";
			String type = types != null && i < types.size() ? types.get(i) : null;
			if (type == null || !TYPES.containsKey(type)) {
				violations.add(new Violation(field, "اختر نوع المستند", "document type missing or unknown"));
				continue;
			}
			total += file.getSize();
			if (file.getSize() > properties.maxFileSize().toBytes()) {
				violations.add(new Violation(field, "حجم الملف أكبر من " + properties.maxFileSize().toMegabytes() + " ميغابايت",
						"file larger than " + properties.maxFileSize()));
				continue;
			}
			String detected;
			byte[] bytes;
			try (InputStream in = file.getInputStream()) {
				detected = TIKA.detect(in);
				bytes = file.getBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			if (!EXTENSION.containsKey(detected)) {
				violations.add(new Violation(field, "يُقبل ملف PDF أو صورة JPEG أو PNG فقط (فُحص محتوى الملف)",
						"file content must be PDF, JPEG or PNG"));
				continue;
			}
			checked.add(new Checked(type, detected, bytes));
		}
		if (total > properties.maxTotalSize().toBytes()) {
			violations.add(new Violation("files", "مجموع أحجام الملفات أكبر من " + properties.maxTotalSize().toMegabytes()
					+ " ميغابايت", "files larger than " + properties.maxTotalSize() + " together"));
		}
		return checked;
	}

	/** Keeps an application's documents until its code is confirmed. */
	void keep(String codeId, List<Checked> files) {
		for (Checked file : files) {
			jdbc.sql("""
					INSERT INTO portal_upload (id, code_id, document_type, content_type, size_bytes, created_at, content)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID().toString(), codeId, file.type(), file.contentType(), (long) file.bytes().length,
						Timestamp.from(clock.instant()), file.bytes())
				.update();
		}
	}

	List<Checked> kept(String codeId) {
		return jdbc.sql("SELECT document_type, content_type, content FROM portal_upload WHERE code_id = ? ORDER BY created_at, id")
			.param(codeId)
			.query((rs, i) -> new Checked(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
	}

	void forget(String codeId) {
		jdbc.sql("DELETE FROM portal_upload WHERE code_id = ?").param(codeId).update();
	}

}
