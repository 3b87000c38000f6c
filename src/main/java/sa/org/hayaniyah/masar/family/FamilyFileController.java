package sa.org.hayaniyah.masar.family;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.Problems;

/**
 * The family file's API for staff (contract in the package's documentation). Thin: who is calling, then
 * {@link FamilySearch} and {@link FamilyFiles}.
 */
@RestController
class FamilyFileController {

	record NewNote(String text) {
	}

	/**
	 * {@code value} as text or number: a mobile or address, a household size or an income; for a household member
	 * {@code action} (ADD, REMOVE, CORRECT), {@code memberId} and {@code member}.
	 */
	record NewChange(Object field, Object value, Object reason, Object action, Object memberId,
			java.util.Map<String, Object> member) {
	}

	record Decision(Boolean approve, String note) {
	}

	private final FamilySearch search;

	private final FamilyFiles files;

	FamilyFileController(FamilySearch search, FamilyFiles files) {
		this.search = search;
		this.files = files;
	}

	@GetMapping("/api/family-files/search")
	List<FamilySearch.Hit> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
			Authentication who) {
		return search.search(caller(who), q, limit);
	}

	@GetMapping("/api/family-files/by-request/{reference}")
	FamilyFile file(@PathVariable String reference, Authentication who) {
		return files.open(caller(who), reference);
	}

	@PostMapping("/api/family-files/by-request/{reference}/notes")
	ResponseEntity<FamilyFile.Note> addNote(@PathVariable String reference, @RequestBody NewNote note, Authentication who) {
		FamilyFile.Note added = files.addNote(caller(who), reference, note == null ? null : note.text());
		return ResponseEntity.created(URI.create("/api/family-files/by-request/" + reference + "#note-" + added.id()))
			.body(added);
	}

	@PostMapping("/api/family-files/by-request/{reference}/changes")
	ResponseEntity<FamilyFile.Change> change(@PathVariable String reference, @RequestBody NewChange change,
			Authentication who) {
		FamilyFile.Change recorded = files.change(caller(who), reference, change == null ? new FamilyChanges.Input(null, null,
				null, null, null, null)
				: new FamilyChanges.Input(change.field(), change.value(), change.reason(), change.action(), change.memberId(),
						change.member()));
		return ResponseEntity.created(URI.create("/api/family-files/by-request/" + reference + "#change-" + recorded.id()))
			.body(recorded);
	}

	@PostMapping("/api/family-files/changes/{id}/decision")
	FamilyFile.Change decide(@PathVariable long id, @RequestBody Decision decision, Authentication who) {
		return files.decide(caller(who), id, decision == null ? null : decision.approve(),
				decision == null ? null : decision.note());
	}

	@ExceptionHandler(FamilyNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.of(HttpStatus.NOT_FOUND, "No family file for this reference", "لا يوجد ملف أسرة بهذا المرجع"));
	}

	private static Caller caller(Authentication who) {
		return new Caller(who.getName(), who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

}
