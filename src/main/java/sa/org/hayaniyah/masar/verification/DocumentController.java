package sa.org.hayaniyah.masar.verification;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * Staff upload the applicant's documents (Tasklist's forms have no file picker) and read them back
 * (HTTP Basic; {@code /staff/documents.html} is the page). Scans and photos only: PDF, JPEG, PNG, up to 10 MB.
 */
@RestController
class DocumentController {

	static final Set<String> ACCEPTED = Set.of(MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_JPEG_VALUE,
			MediaType.IMAGE_PNG_VALUE);

	/** tika-core's magic-byte detection alone: no parser runs on the uploaded bytes. */
	private static final Tika TIKA = new Tika();

	private final SupportRequests supportRequests;

	private final SubmittedDocuments documents;

	private final AuditTrail audit;

	DocumentController(SupportRequests supportRequests, SubmittedDocuments documents, AuditTrail audit) {
		this.supportRequests = supportRequests;
		this.documents = documents;
		this.audit = audit;
	}

	@GetMapping("/api/requests/{reference}/documents")
	ResponseEntity<List<SubmittedDocuments.Document>> list(@PathVariable String reference) {
		return supportRequests.findByReference(reference)
			.map(request -> ResponseEntity.ok(documents.findByRequest(request.id())))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/api/requests/{reference}/documents")
	ResponseEntity<SubmittedDocuments.Document> upload(@PathVariable String reference, @RequestParam("type") String type,
			@RequestParam("file") MultipartFile file) throws IOException {
		SupportRequest request = supportRequests.findByReference(reference).orElse(null);
		if (request == null) {
			return ResponseEntity.notFound().build();
		}
		List<Violation> violations = new ArrayList<>();
		DocumentType documentType = FormValues.enumValue(DocumentType.class, type);
		if (documentType == null) {
			violations.add(new Violation("type", "نوع المستند غير معروف", "type must be one of " + List.of(DocumentType.values())));
		}
		String fileName = EdgeChecks.text("file", "اسم الملف", originalName(file), 255, violations);
		String detected = null;
		if (file.isEmpty()) {
			violations.add(new Violation("file", "الملف فارغ", "file is empty"));
		}
		else if (!ACCEPTED.contains(file.getContentType())) {
			violations.add(new Violation("file", "نوع الملف غير محدد أو غير مقبول: يُقبل ملف PDF أو صورة JPEG أو PNG",
					"the file part must declare application/pdf, image/jpeg or image/png"));
		}
		else {
			// judged by its bytes (magic numbers), not by the name or the declared type: an EXE named .pdf is refused
			try (InputStream in = file.getInputStream()) {
				detected = TIKA.detect(in);
			}
			if (!ACCEPTED.contains(detected)) {
				violations.add(new Violation("file", "يُقبل ملف PDF أو صورة JPEG أو PNG فقط (فُحص محتوى الملف)",
						"file content must be PDF, JPEG or PNG"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		byte[] bytes = file.getBytes();
		documents.storeFile(request.id(), documentType.name(), fileName == null ? documentType.name() : fileName, detected,
				sha256(bytes), bytes);
		audit.record(AuditTrail.Action.CHANGE, reference, "document " + documentType + " uploaded");
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(documents.findByRequest(request.id())
				.stream()
				.filter(d -> d.type().equals(documentType.name()))
				.findFirst()
				.orElseThrow());
	}

	@GetMapping("/api/requests/{reference}/documents/{type}")
	ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String type) {
		audit.record(AuditTrail.Action.READ, reference, "document " + type);
		return supportRequests.findByReference(reference)
			.flatMap(request -> documents.content(request.id(), type))
			.map(content -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(content.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + type + "\"")
				.body(content.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

	/** The part's file name; one the server's parser refuses (a NUL in it) counts as a control character. */
	private static String originalName(MultipartFile file) {
		try {
			return file.getOriginalFilename();
		}
		catch (RuntimeException invalidFileName) {
			return "\u0000";
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
