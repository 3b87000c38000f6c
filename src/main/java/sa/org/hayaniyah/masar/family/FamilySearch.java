package sa.org.hayaniyah.masar.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.PersonalData;
import sa.org.hayaniyah.masar.family.FamilyRecords.Request;
import sa.org.hayaniyah.masar.security.RequestAccess;

/**
 * Staff find a family by what the family tells them: a reference, a file number, an inquiry's reference, a national
 * ID, a mobile number in any usual form, or the name as they hear it (any spelling {@link FamilyNames} folds alike),
 * ranked by {@link NameCloseness}. One result per family, with its latest request's stage. National ID and mobile
 * are masked for all but supervisors (the file shows what each role may see). Every family shown is written to the
 * personal-data access audit under its latest reference.
 * <p>
 * Need to know: reception answers "where is my request?" for anyone (O3) and supervisors see everything, so they
 * find any family; everyone else (social research, the committee) finds only the families with a request
 * {@link RequestAccess} lets them read, so a search shows them no other family's name. Those are checked in ranked
 * order until the page is full.
 */
@Service
class FamilySearch {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 50;

	/** Below this a name found by trigrams alone (PostgreSQL) shares little more than letters with what was typed. */
	static final double MIN_SCORE = 0.3;

	record Hit(String reference, String fileNumber, String name, String nationalId, String mobile, String stage,
			String stageLabel, double score) {
	}

	private record Scored(String nationalId, double score) {
	}

	private final FamilyRecords records;

	private final EngineRecords engine;

	private final RequestAccess access;

	private final AuditTrail audit;

	FamilySearch(FamilyRecords records, EngineRecords engine, RequestAccess access, AuditTrail audit) {
		this.records = records;
		this.engine = engine;
		this.access = access;
		this.audit = audit;
	}

	/** One transaction: the audit lines of the families shown are committed together. */
	@Transactional
	List<Hit> search(Caller caller, String typed, Integer limit) {
		int n = limit == null ? DEFAULT_LIMIT : limit;
		if (n < 1 || n > MAX_LIMIT) {
			throw InvalidInputException.of("limit", "عدد النتائج من 1 إلى " + MAX_LIMIT, "limit must be 1 to " + MAX_LIMIT);
		}
		FamilyQuery query = FamilyQuery.parse(typed);
		List<Scored> families = candidates(query).stream()
			.collect(Collectors.toMap(Scored::nationalId, Function.identity(),
					(a, b) -> a.score() >= b.score() ? a : b, LinkedHashMap::new))
			.values()
			.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.toList();
		List<Hit> hits = hits(mayFind(caller, families, n), caller.supervises());
		audit.recordEach(caller.user(), AuditTrail.Action.READ, hits.stream().map(Hit::reference).toList(), "family search");
		return hits;
	}

	/** The first {@code n} families the caller may find, in ranked order. */
	private List<Scored> mayFind(Caller caller, List<Scored> ranked, int n) {
		if (caller.supervises() || caller.reception()) {
			return ranked.stream().limit(n).toList();
		}
		List<Request> requests = records.requestsOf(ranked.stream().map(Scored::nationalId).toList());
		Set<String> readable = access.readable(caller.user(), caller.groups(),
				requests.stream().map(Request::reference).toList());
		Set<String> families = requests.stream()
			.filter(r -> readable.contains(r.reference()))
			.map(Request::nationalId)
			.collect(Collectors.toSet());
		return ranked.stream().filter(f -> families.contains(f.nationalId())).limit(n).toList();
	}

	private List<Scored> candidates(FamilyQuery query) {
		return switch (query.kind()) {
			case REQUEST -> exact(records.nationalIdOfRequest(query.value()));
			case FILE -> exact(records.nationalIdOfFile(query.value()));
			case INQUIRY -> exact(records.nationalIdOfInquiry(query.value()));
			case NATIONAL_ID -> records.knownNationalId(query.value()) ? exact(Optional.of(query.value())) : List.of();
			case MOBILE -> records.nationalIdsOfMobile(query.value()).stream().map(id -> new Scored(id, 1)).toList();
			case NAME -> byName(query);
		};
	}

	/**
	 * The names holding every word typed; only when there is none, the names holding every word typed but one (a
	 * letter mistyped in one word of three or more), which the trigram index finds with LIKE as cheaply; only when
	 * there is none either, the names close to it by trigram word similarity, which cost the database most.
	 */
	private List<Scored> byName(FamilyQuery query) {
		List<Scored> found = scored(query, records.byName(query.tokens()));
		if (found.isEmpty() && query.tokens().size() >= FamilyRecords.ALL_BUT_ONE_FROM) {
			found = scored(query, records.byAllWordsButOne(query.tokens()));
		}
		return found.isEmpty() ? scored(query, records.byCloseName(query.value())) : found;
	}

	private static List<Scored> scored(FamilyQuery query, List<FamilyRecords.Candidate> candidates) {
		return candidates.stream()
			.map(c -> new Scored(c.nationalId(), NameCloseness.score(query.tokens(), c.searchName())))
			.filter(s -> s.score() >= MIN_SCORE)
			.toList();
	}

	private static List<Scored> exact(Optional<String> nationalId) {
		return nationalId.map(id -> List.of(new Scored(id, 1))).orElse(List.of());
	}

	/** Each family's latest request, its file and its stage, in the order found. */
	private List<Hit> hits(List<Scored> families, boolean unmasked) {
		if (families.isEmpty()) {
			return List.of();
		}
		List<String> ids = families.stream().map(Scored::nationalId).toList();
		Map<String, Request> latest = new LinkedHashMap<>();
		records.requestsOf(ids).forEach(r -> latest.putIfAbsent(r.nationalId(), r));
		Map<String, FamilyRecords.File> files = records.filesOf(ids)
			.stream()
			.collect(Collectors.toMap(FamilyRecords.File::nationalId, Function.identity(), (a, b) -> a));
		List<Long> requestIds = latest.values().stream().map(Request::id).toList();
		Map<Long, List<FamilyRecords.Decision>> decisions = records.decisions(requestIds)
			.stream()
			.filter(d -> "APPROVED".equals(d.outcome()) || "REJECTED".equals(d.outcome()))
			.collect(Collectors.groupingBy(FamilyRecords.Decision::requestId));
		// the tasks tell the stage of an open request only (Stage): closed ones need no engine query
		Map<String, Set<String>> openTasks = engine.openTasks(
				latest.values().stream().filter(r -> "OPEN".equals(r.status())).map(Request::reference).toList());
		List<Hit> hits = new ArrayList<>();
		for (Scored family : families) {
			Request r = latest.get(family.nationalId());
			if (r == null) {
				continue;
			}
			FamilyRecords.File file = files.get(family.nationalId());
			List<FamilyRecords.Decision> decided = decisions.getOrDefault(r.id(), List.of());
			boolean registered = file != null && decided.stream().anyMatch(d -> "APPROVED".equals(d.outcome()));
			Stage stage = Stage.of(r.status(), openTasks.getOrDefault(r.reference(), Set.of()), !decided.isEmpty(), registered);
			String mobile = file != null ? file.mobile() : r.mobile();
			hits.add(new Hit(r.reference(), file == null ? null : file.fileNumber(), file != null ? file.name() : r.name(),
					unmasked ? r.nationalId() : PersonalData.mask(r.nationalId()), unmasked ? mobile : PersonalData.mask(mobile),
					stage.name(), stage.label(), family.score()));
		}
		return hits;
	}

}
