package sa.org.hayaniyah.masar.registerimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;

/** The register import's API (supervisors and administrators: the security configuration's rule). */
@RestController
class RegisterImportController {

	private final RegisterImports imports;

	private final DuplicateReview duplicates;

	private final FamilyMerges merges;

	private final long maxBytes;

	RegisterImportController(RegisterImports imports, DuplicateReview duplicates, FamilyMerges merges,
			@Value("${masar.register-import.max-file-size:40MB}") DataSize maxFileSize) {
		this.imports = imports;
		this.duplicates = duplicates;
		this.merges = merges;
		this.maxBytes = maxFileSize.toBytes();
	}

	@GetMapping("/api/register-imports/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate() {
		return download(RegisterTemplate.xlsx(), "register-template.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/api/register-imports/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(RegisterTemplate.csv(), "register-template.csv", new MediaType("text", "csv",
				java.nio.charset.StandardCharsets.UTF_8));
	}

	@PostMapping("/api/register-imports/dry-run")
	RegisterImports.Report dryRun(@RequestParam(name = "name", required = false) String name, HttpServletRequest request)
			throws IOException {
		return imports.dryRun(body(request), name);
	}

	@PostMapping("/api/register-imports")
	ResponseEntity<RegisterImports.ImportSummary> run(@RequestParam(name = "name", required = false) String name,
			HttpServletRequest request, Authentication who) throws IOException {
		RegisterImports.ImportSummary summary = imports.run(body(request), name, who.getName());
		return ResponseEntity.status(Boolean.TRUE.equals(summary.unchanged()) ? HttpStatus.OK : HttpStatus.CREATED)
			.body(summary);
	}

	@GetMapping("/api/register-imports")
	List<RegisterImports.ImportSummary> list() {
		return imports.list();
	}

	@GetMapping("/api/register-imports/{id}")
	ResponseEntity<RegisterImports.ImportSummary> get(@PathVariable long id) {
		return ResponseEntity.of(imports.get(id, true));
	}

	@GetMapping("/api/register-imports/duplicates")
	List<DuplicateReview.Pair> duplicates(@RequestParam(name = "about", required = false) String about) {
		return duplicates.open(about);
	}

	@PostMapping("/api/register-imports/duplicates/{id}/different")
	ResponseEntity<Map<String, Object>> different(@PathVariable long id, Authentication who) {
		return duplicates.markDifferent(id, who.getName())
			? ResponseEntity.ok(Map.of("id", id, "status", "DIFFERENT", "statusLabel", "أشخاص مختلفون: لن يُنبَّه عليهم ثانية"))
			: ResponseEntity.notFound().build();
	}

	record MergeRequest(String keep) {
	}

	@PostMapping("/api/register-imports/duplicates/{id}/merge")
	ResponseEntity<FamilyMerges.Merge> merge(@PathVariable long id, @RequestBody MergeRequest request, Authentication who) {
		String keep = request.keep() == null ? null : request.keep().strip();
		if (keep == null || keep.length() > 20) {
			throw InvalidInputException.of("keep", "اختر الملف الذي يبقى", "keep is required (a file number)");
		}
		return ResponseEntity.of(merges.merge(id, keep, who.getName()));
	}

	@GetMapping("/api/register-imports/merges")
	List<FamilyMerges.Merge> merges() {
		return merges.recent();
	}

	@PostMapping("/api/register-imports/merges/{id}/undo")
	ResponseEntity<FamilyMerges.Merge> undo(@PathVariable long id, Authentication who) {
		return ResponseEntity.of(merges.undo(id, who.getName()));
	}

	@ExceptionHandler(RegisterImports.ImportInProgress.class)
	ResponseEntity<ProblemDetail> inProgress() {
		ProblemDetail problem = Problems.invalid("The same file is being imported",
				InvalidInputException.of("file", "الملف نفسه قيد الاستيراد الآن؛ انتظر حتى ينتهي", "import in progress"));
		problem.setStatus(HttpStatus.CONFLICT);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** A row that collides with one written meanwhile (another desk, a merge): nothing of the batch was written. */
	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> collision() {
		ProblemDetail problem = Problems.invalid("A family of the file collides with a record written meanwhile",
				InvalidInputException.of("file", "تعارضت أسرة في الملف مع سجل كُتب للتو؛ لم يُكتب شيء من الدفعة. افحص الملف دون حفظ ثم أعد الاستيراد",
						"duplicate key while importing"));
		problem.setStatus(HttpStatus.CONFLICT);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(FileTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(FileTooLarge e) {
		ProblemDetail problem = Problems.invalid("The file is larger than the import accepts",
				InvalidInputException.of("file", "حجم الملف أكبر من المسموح (" + DataSize.ofBytes(maxBytes).toMegabytes()
						+ " ميغابايت)؛ قسّمه إلى ملفات أصغر", "file larger than " + maxBytes + " bytes"));
		problem.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	static final class FileTooLarge extends RuntimeException {

		FileTooLarge() {
			super("file too large");
		}

	}

	/** The body's bytes, refused past the limit before more is read, whatever length the client declared. */
	private byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			throw new FileTooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw new FileTooLarge();
			}
			return bytes;
		}
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
