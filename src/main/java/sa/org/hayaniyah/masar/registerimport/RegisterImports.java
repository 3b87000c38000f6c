package sa.org.hayaniyah.masar.registerimport;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveries;
import sa.org.hayaniyah.masar.delivery.ServiceDeliveries.ImportedDelivery;
import sa.org.hayaniyah.masar.intake.HouseholdMember;
import sa.org.hayaniyah.masar.intake.ImportedRequests;
import sa.org.hayaniyah.masar.intake.ImportedRequests.ImportedRequest;
import sa.org.hayaniyah.masar.intake.SupportType;
import sa.org.hayaniyah.masar.registerimport.RegisterRules.Person;
import sa.org.hayaniyah.masar.registration.ImportedFiles;
import sa.org.hayaniyah.masar.registration.ImportedFiles.ImportedFile;

/**
 * The dry run and the import of the register (issue 20). Both read the file as a stream and take families (a head's
 * row and the member rows after it with the same file number) in file order, batch by batch; each family is checked
 * row by row ({@link RegisterRules}), against the file itself (an ID or file number twice) and against the register
 * (a national ID or file number already there; a possible duplicate by name and date of birth or by mobile). The dry
 * run writes nothing. The import writes each batch, its report rows and the checkpoint (families done) in one
 * transaction: killed midway, the same file again resumes after the last committed batch; finished, the same file
 * again changes nothing (its SHA-256 is the import's key).
 */
@Service
public class RegisterImports {

	enum Outcome {

		ACCEPTED("مقبول"), REFUSED("مرفوض"), DUPLICATE("مقبول، وقد يكون تكرارًا لأسرة أخرى"),
		PRESENT("موجود في السجل من قبل، لم يتغير شيء");

		final String arabic;

		Outcome(String arabic) {
			this.arabic = arabic;
		}

	}

	public record RowReport(int row, String outcome, String outcomeLabel, String fileNumber, List<String> reasons,
			List<String> duplicateOf) {
	}

	public record Report(String fileName, String format, int rows, int families, int accepted, int refused,
			int duplicates, int present, List<RowReport> details, boolean detailsCut) {
	}

	public record ImportSummary(long id, String fileName, String format, long fileSize, String sha256, String importedBy,
			Instant startedAt, Instant finishedAt, String status, String statusLabel, int familiesDone,
			Integer familiesTotal, int rowsDone, Integer rowsTotal, int accepted, int refused, int duplicates, int present,
			int familiesWritten, int membersWritten, Boolean unchanged, List<RowReport> rows) {
	}

	static final int MAX_DETAILS = 10_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactions;

	private final ImportedRequests requests;

	private final ImportedFiles files;

	private final ServiceDeliveries deliveries;

	private final AuditTrail audit;

	private final Clock clock;

	private final int batchSize;

	private final int maxRows;

	/** Called after each committed batch with the families done; tests stop an import there as a crash would. */
	private volatile IntConsumer afterBatch = done -> {
	};

	RegisterImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
			ImportedRequests requests, ImportedFiles files, ServiceDeliveries deliveries, AuditTrail audit, Clock clock,
			@Value("${masar.register-import.batch-families:500}") int batchSize,
			@Value("${masar.register-import.max-rows:300000}") int maxRows) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transactions = new TransactionTemplate(transactionManager);
		this.requests = requests;
		this.files = files;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
		this.batchSize = batchSize;
		this.maxRows = maxRows;
	}

	void afterBatch(IntConsumer hook) {
		this.afterBatch = hook == null ? done -> {
		} : hook;
	}

	/** Checks every row and reports; writes nothing. */
	public Report dryRun(byte[] bytes, String fileName) {
		List<RowReport> details = new ArrayList<>();
		int[] counts = new int[Outcome.values().length];
		int[] families = { 0 };
		boolean[] cut = { false };
		Pass pass = new Pass(batch -> {
			Map<Family, Decision> decided = decide(batch);
			for (Family family : batch) {
				families[0]++;
				for (RowReport row : decided.get(family).rows()) {
					counts[Outcome.valueOf(row.outcome()).ordinal()]++;
					if (details.size() < MAX_DETAILS) {
						details.add(row);
					}
					else {
						cut[0] = true;
					}
				}
			}
		}, 0);
		int rows = new RegisterFileReader(maxRows).read(bytes, pass);
		pass.finish();
		return new Report(safeName(fileName), RegisterFileReader.formatOf(bytes).name(), rows, families[0],
				counts[Outcome.ACCEPTED.ordinal()], counts[Outcome.REFUSED.ordinal()], counts[Outcome.DUPLICATE.ordinal()],
				counts[Outcome.PRESENT.ordinal()], details, cut[0]);
	}

	/**
	 * Imports the file, or resumes its unfinished import, or (finished already) returns that import unchanged. The
	 * whole file is read once first: a file that cannot be read starts no import.
	 */
	public ImportSummary run(byte[] bytes, String fileName, String user) {
		String sha256 = sha256(bytes);
		RegisterFileReader reader = new RegisterFileReader(maxRows);
		Optional<ImportSummary> earlier = find(sha256);
		if (earlier.isPresent() && earlier.get().status().equals("DONE")) {
			return withUnchanged(earlier.get(), true);
		}
		int[] rowCount = { 0 };
		int totalRows = reader.read(bytes, (row, cells) -> rowCount[0]++);
		long id;
		int resumeAfter;
		if (earlier.isPresent()) {
			id = earlier.get().id();
			resumeAfter = earlier.get().familiesDone();
		}
		else {
			try {
				id = transactions.execute(status -> {
					jdbc.sql("""
							INSERT INTO register_import (file_sha256, file_name, file_format, file_size, imported_by, started_at, status,
							  rows_total) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?)""")
						.params(sha256, safeName(fileName), RegisterFileReader.formatOf(bytes).name(), bytes.length, user,
								Timestamp.from(clock.instant()), totalRows)
						.update();
					return jdbc.sql("SELECT id FROM register_import WHERE file_sha256 = ?").param(sha256).query(Long.class).single();
				});
			}
			catch (DuplicateKeyException sameFileAtOnce) {
				throw new ImportInProgress();
			}
			resumeAfter = 0;
		}
		Pass pass = new Pass(batch -> transactions.executeWithoutResult(status -> write(id, batch, user)), resumeAfter);
		reader.read(bytes, pass);
		pass.finish();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("UPDATE register_import SET status = 'DONE', finished_at = ?, families_total = families_done WHERE id = ?")
				.params(Timestamp.from(clock.instant()), id)
				.update();
			ImportSummary done = find(sha256).orElseThrow();
			audit.record(user, AuditTrail.Action.CHANGE, "register-import:" + id, "استيراد السجل " + done.fileName() + ": "
					+ done.rowsDone() + " صفًا، " + done.familiesWritten() + " أسرة كُتبت، " + done.refused() + " صفًا مرفوضًا");
		});
		return withUnchanged(find(sha256).orElseThrow(), false);
	}

	/** Two uploads of the same file at the same moment: the second is told to wait. */
	static final class ImportInProgress extends RuntimeException {

		ImportInProgress() {
			super("the same file is being imported");
		}

	}

	private void write(long importId, List<Family> batch, String user) {
		Map<Family, Decision> decided = decide(batch);
		Instant now = clock.instant();
		List<ImportedRequest> newRequests = new ArrayList<>();
		List<Family> written = new ArrayList<>();
		List<RowReport> reportRows = new ArrayList<>();
		int[] counts = new int[Outcome.values().length];
		int rows = 0;
		int members = 0;
		for (Family family : batch) {
			Decision decision = decided.get(family);
			for (RowReport row : decision.rows()) {
				rows++;
				counts[Outcome.valueOf(row.outcome()).ordinal()]++;
				if (!row.outcome().equals(Outcome.ACCEPTED.name())) {
					reportRows.add(row);
				}
			}
			if (decision.write()) {
				Person h = family.head;
				LocalDate today = LocalDate.now(clock);
				Instant submitted = h.lastDelivery() == null ? now
						: h.lastDelivery().atStartOfDay(clock.getZone()).toInstant();
				List<HouseholdMember> household = family.members.stream()
					.map(m -> new HouseholdMember(m.fullName(), m.relation(), m.nationalId(), m.age(today), BigDecimal.ZERO))
					.toList();
				members += household.size();
				newRequests.add(new ImportedRequest(reference(h.fileNumber()), h.nationalId(), h.fullName(), h.firstName(),
						h.fatherName(), h.grandfatherName(), h.familyName(), h.normalizedName(), h.mobile(),
						h.programme() == null ? SupportType.FOOD_BASKET : h.programme(), submitted, h.dateOfBirth(), h.idExpiry(),
						h.nationality(), h.city(), h.district(), h.address(), 1 + household.size(), user, household));
				written.add(family);
			}
		}
		Map<String, Long> requestIds = requests.insertServed(newRequests);
		List<ImportedFile> newFiles = written.stream().map(f -> {
			Person h = f.head;
			return new ImportedFile(h.fileNumber(), h.nationalId(), h.fullName(), h.mobile(), now,
					requestIds.get(reference(h.fileNumber())), h.firstName(), h.fatherName(), h.grandfatherName(), h.familyName(),
					h.normalizedName(), h.dateOfBirth(), h.nationality(), h.city(), h.district(), h.address());
		}).toList();
		Map<String, Long> beneficiaryIds = files.insert(newFiles);
		deliveries.insertImported(written.stream().filter(f -> f.head.lastDelivery() != null).map(f -> {
			Person h = f.head;
			return new ImportedDelivery(requestIds.get(reference(h.fileNumber())), beneficiaryIds.get(h.nationalId()),
					RegisterRules.PROGRAMME_LABELS.get(h.programme()) + " (من السجل السابق)", h.amount(), h.lastDelivery(), user);
		}).toList());
		jdbcTemplate.batchUpdate("""
				INSERT INTO register_import_row (import_id, row_number, national_id, file_number, outcome, reasons, duplicate_of)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", reportRows, 1000, (ps, r) -> {
			ps.setLong(1, importId);
			ps.setInt(2, r.row());
			ps.setString(3, null);
			ps.setString(4, r.fileNumber());
			ps.setString(5, r.outcome());
			ps.setString(6, cut(String.join(" | ", r.reasons()), 2000));
			ps.setString(7, r.duplicateOf().isEmpty() ? null : cut(String.join(",", r.duplicateOf()), 200));
		});
		List<String[]> pairs = new ArrayList<>();
		for (Family family : written) {
			Decision decision = decided.get(family);
			for (String other : decision.duplicateOf()) {
				pairs.add(new String[] { family.head.fileNumber(), other, decision.duplicateReason() });
			}
		}
		jdbcTemplate.batchUpdate("""
				INSERT INTO family_duplicate (file_number, other, source, reason, found_at, status)
				VALUES (?, ?, 'IMPORT', ?, ?, 'OPEN')""", pairs, 1000, (ps, p) -> {
			ps.setString(1, p[0]);
			ps.setString(2, p[1]);
			ps.setString(3, p[2]);
			ps.setTimestamp(4, Timestamp.from(now));
		});
		jdbc.sql("""
				UPDATE register_import SET families_done = families_done + ?, rows_done = rows_done + ?,
				  rows_accepted = rows_accepted + ?, rows_refused = rows_refused + ?, rows_duplicate = rows_duplicate + ?,
				  rows_present = rows_present + ?, families_written = families_written + ?, members_written = members_written + ?,
				  last_batch_at = ?
				WHERE id = ?""")
			.params(batch.size(), rows, counts[Outcome.ACCEPTED.ordinal()], counts[Outcome.REFUSED.ordinal()],
					counts[Outcome.DUPLICATE.ordinal()], counts[Outcome.PRESENT.ordinal()], written.size(), members,
					Timestamp.from(now), importId)
			.update();
	}

	/** The imported request's reference: HY-R- and the file number's digits. */
	static String reference(String fileNumber) {
		return "HY-R-" + fileNumber.substring("HY-F-".length());
	}

	record Decision(boolean write, List<RowReport> rows, List<String> duplicateOf, String duplicateReason) {
	}

	/** Decides a batch's families against the register (views beneficiary_file and applicant_on_request). */
	private Map<Family, Decision> decide(List<Family> batch) {
		Map<Family, Decision> decided = new HashMap<>();
		List<Family> candidates = batch.stream().filter(f -> f.refusal == null).toList();
		Map<String, String> fileByNationalId = new HashMap<>();
		Map<String, String> nationalIdByFile = new HashMap<>();
		Map<String, List<String[]>> byName = new HashMap<>();
		Map<String, List<String[]>> byMobile = new HashMap<>();
		Map<String, String> mergedInto = new HashMap<>();
		if (!candidates.isEmpty()) {
			String[] ids = candidates.stream().map(f -> f.head.nationalId()).toArray(String[]::new);
			String[] numbers = candidates.stream().map(f -> f.head.fileNumber()).toArray(String[]::new);
			String[] names = candidates.stream().map(f -> f.head.normalizedName()).distinct().toArray(String[]::new);
			String[] mobiles = candidates.stream().map(f -> f.head.mobile()).distinct().toArray(String[]::new);
			// one array parameter each (= ANY): PostgreSQL then uses the unique and name indexes even while the tables
			// it just filled have no statistics yet; a list of 500 bind values made it scan the table per batch
			for (String sql : List.of("SELECT national_id, file_number FROM beneficiary_file WHERE national_id = ANY(?)",
					"SELECT national_id, file_number FROM beneficiary_file WHERE file_number = ANY(?)")) {
				jdbc.sql(sql)
					.param(sql.contains("WHERE national_id") ? ids : numbers)
					.query((rs, i) -> {
						fileByNationalId.put(rs.getString(1), rs.getString(2));
						nationalIdByFile.put(rs.getString(2), rs.getString(1));
						return null;
					})
					.list();
			}
			// files merged into another keep their national ID and number: the same family again is already there
			jdbc.sql("""
					SELECT national_id, file_number, kept_file FROM beneficiary_merged
					WHERE national_id = ANY(?) OR file_number = ANY(?)""")
				.params(ids, numbers)
				.query((rs, i) -> {
					fileByNationalId.put(rs.getString(1), rs.getString(2));
					nationalIdByFile.put(rs.getString(2), rs.getString(1));
					mergedInto.put(rs.getString(2), rs.getString(3));
					return null;
				})
				.list();
			jdbc.sql("""
					SELECT file_number, national_id, normalized_name, date_of_birth, mobile FROM beneficiary_file
					WHERE normalized_name = ANY(?) OR mobile = ANY(?)""")
				.params(names, mobiles)
				.query((rs, i) -> {
					index(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4), rs.getString(5), byName, byMobile);
					return null;
				})
				.list();
			jdbc.sql("""
					SELECT reference_number, national_id, normalized_name, date_of_birth, mobile FROM applicant_on_request
					WHERE (normalized_name = ANY(?) OR mobile = ANY(?)) AND reference_number NOT LIKE 'HY-R-%'""")
				.params(names, mobiles)
				.query((rs, i) -> {
					index(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4), rs.getString(5), byName, byMobile);
					return null;
				})
				.list();
		}
		for (Family family : batch) {
			if (family.refusal != null) {
				decided.put(family, new Decision(false, family.refusedRows(), List.of(), null));
				continue;
			}
			Person h = family.head;
			String registeredFile = fileByNationalId.get(h.nationalId());
			String holderOfNumber = nationalIdByFile.get(h.fileNumber());
			if (registeredFile != null && registeredFile.equals(h.fileNumber())) {
				String kept = mergedInto.get(registeredFile);
				decided.put(family, new Decision(false, family.rowsWith(Outcome.PRESENT,
						List.of(kept == null ? "الأسرة مسجلة بهذا الرقم ورقم الملف من قبل؛ لم يتغير شيء"
								: "الأسرة مسجلة من قبل، ودُمج ملفها في الملف " + kept + "؛ لم يتغير شيء"), List.of()), List.of(), null));
				continue;
			}
			String conflict = registeredFile != null ? "رقم الهوية مسجل في السجل بملف آخر: " + registeredFile
					: holderOfNumber != null ? "رقم الملف " + h.fileNumber() + " لأسرة أخرى في السجل" : null;
			if (conflict != null) {
				family.refuse(conflict);
				decided.put(family, new Decision(false, family.refusedRows(), List.of(), null));
				continue;
			}
			Set<String> duplicates = new LinkedHashSet<>(family.inFileDuplicates);
			Set<String> why = new LinkedHashSet<>(family.inFileReasons);
			for (String[] match : byName.getOrDefault(h.normalizedName(), List.of())) {
				if (!match[1].equals(h.nationalId()) && h.dateOfBirth() != null && h.dateOfBirth().toString().equals(match[3])) {
					duplicates.add(match[0]);
					why.add("الاسم وتاريخ الميلاد");
				}
			}
			for (String[] match : byMobile.getOrDefault(h.mobile(), List.of())) {
				if (!match[1].equals(h.nationalId())) {
					duplicates.add(match[0]);
					why.add("رقم الجوال");
				}
			}
			if (duplicates.isEmpty()) {
				decided.put(family, new Decision(true, family.rowsWith(Outcome.ACCEPTED, List.of(), List.of()), List.of(), null));
			}
			else {
				List<String> of = List.copyOf(duplicates);
				String reason = "قد تكون الأسرة نفسها (" + String.join("، ", why) + "): " + String.join("، ", of);
				decided.put(family, new Decision(true, family.rowsWith(Outcome.DUPLICATE, List.of(reason), of), of,
						"تطابق " + String.join("، ", why)));
			}
		}
		return decided;
	}

	private static void index(String key, String nationalId, String name, Date dob, String mobile,
			Map<String, List<String[]>> byName, Map<String, List<String[]>> byMobile) {
		String[] entry = { key, nationalId, name, dob == null ? "" : dob.toLocalDate().toString() };
		if (name != null) {
			byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
		}
		if (mobile != null) {
			byMobile.computeIfAbsent(mobile, n -> new ArrayList<>()).add(entry);
		}
	}

	/** A family of the file: its head's row and its members' rows, and what the file itself says against it. */
	static final class Family {

		final Person head;

		final List<Person> members = new ArrayList<>();

		/** Rows that are not part of a family (a member without its head): reported refused on their own. */
		final List<Person> strays = new ArrayList<>();

		String refusal;

		final Set<String> inFileDuplicates = new LinkedHashSet<>();

		final Set<String> inFileReasons = new LinkedHashSet<>();

		Family(Person head) {
			this.head = head;
		}

		List<Person> persons() {
			List<Person> all = new ArrayList<>();
			if (head != null) {
				all.add(head);
			}
			all.addAll(members);
			all.addAll(strays);
			return all;
		}

		void refuse(String reason) {
			if (refusal == null) {
				refusal = reason;
			}
		}

		List<RowReport> refusedRows() {
			List<RowReport> rows = new ArrayList<>();
			for (Person p : persons()) {
				List<String> reasons = new ArrayList<>(p.reasons());
				if (reasons.isEmpty()) {
					reasons.add(refusal);
				}
				else if (refusal != null && !reasons.contains(refusal) && !refusal.startsWith("رُفضت الأسرة")) {
					reasons.add(refusal);
				}
				rows.add(new RowReport(p.row(), Outcome.REFUSED.name(), Outcome.REFUSED.arabic, p.fileNumber(), reasons,
						List.of()));
			}
			return rows;
		}

		List<RowReport> rowsWith(Outcome outcome, List<String> headReasons, List<String> duplicateOf) {
			List<RowReport> rows = new ArrayList<>();
			for (Person p : persons()) {
				List<String> reasons = new ArrayList<>(p == head ? headReasons : List.of());
				reasons.addAll(p.notes());
				rows.add(new RowReport(p.row(), outcome.name(), outcome.arabic, p.fileNumber(), reasons,
						p == head ? duplicateOf : List.of()));
			}
			return rows;
		}

	}

	/**
	 * One pass over the file: rows become families, checked against the file itself; full batches go to the sink. The
	 * file's own checks depend on the file only, so a resumed pass (families before the checkpoint skipped) judges every
	 * later family as the uninterrupted pass did.
	 */
	private final class Pass implements RegisterFileReader.RowSink {

		private final java.util.function.Consumer<List<Family>> sink;

		private final int skipFamilies;

		private final RegisterRules rules = new RegisterRules(LocalDate.now(clock));

		private final Map<String, Integer> idRows = new HashMap<>();

		private final Set<String> fileNumbers = new HashSet<>();

		private final Map<String, String> nameKeys = new HashMap<>();

		private final Map<String, String> mobiles = new HashMap<>();

		private List<Family> batch = new ArrayList<>();

		private Family current;

		private int families;

		Pass(java.util.function.Consumer<List<Family>> sink, int skipFamilies) {
			this.sink = sink;
			this.skipFamilies = skipFamilies;
		}

		@Override
		public void row(int rowNumber, Map<RegisterColumn, String> cells) {
			Person person = rules.check(rowNumber, cells);
			if (person.head()) {
				close();
				current = new Family(person);
				return;
			}
			boolean ofCurrent = current != null && current.head != null && person.fileNumber() != null
					&& person.fileNumber().equals(current.head.fileNumber());
			if (ofCurrent) {
				current.members.add(person);
				return;
			}
			close();
			current = new Family(null);
			current.strays.add(person);
			current.refuse("صف فرد لا يسبقه صف رب الأسرة بالرقم نفسه: رتّب أفراد كل أسرة بعد ربها مباشرة");
			close();
		}

		private void close() {
			if (current == null) {
				return;
			}
			Family family = current;
			current = null;
			judgeInFile(family);
			families++;
			if (families <= skipFamilies) {
				return; // committed before the import stopped
			}
			batch.add(family);
			if (batch.size() >= batchSize) {
				flush();
			}
		}

		private void flush() {
			if (batch.isEmpty()) {
				return;
			}
			List<Family> full = batch;
			batch = new ArrayList<>();
			sink.accept(full);
			afterBatch.accept(families - batch.size());
		}

		void finish() {
			close();
			flush();
		}

		private void judgeInFile(Family family) {
			for (Person p : family.persons()) {
				if (!p.reasons().isEmpty()) {
					family.refuse("رُفضت الأسرة كلها لخطأ في الصف " + p.row());
				}
			}
			for (Person p : family.persons()) {
				if (p.nationalId() != null) {
					Integer first = idRows.putIfAbsent(p.nationalId(), p.row());
					if (first != null) {
						p.reasons().add("رقم الهوية مكرر في الملف (الصف " + first + ")");
						family.refuse("رُفضت الأسرة كلها لخطأ في الصف " + p.row());
					}
				}
			}
			if (family.head == null) {
				return;
			}
			Person h = family.head;
			if (h.fileNumber() != null && !fileNumbers.add(h.fileNumber())) {
				h.reasons().add("رقم الملف " + h.fileNumber() + " مكرر في الملف");
				family.refuse("رُفضت الأسرة كلها لخطأ في الصف " + h.row());
			}
			if (family.refusal != null) {
				return;
			}
			String nameKey = h.dateOfBirth() == null ? null : h.normalizedName() + "|" + h.dateOfBirth();
			if (nameKey != null) {
				String other = nameKeys.putIfAbsent(nameKey, h.fileNumber());
				if (other != null) {
					family.inFileDuplicates.add(other);
					family.inFileReasons.add("الاسم وتاريخ الميلاد");
				}
			}
			if (h.mobile() != null) {
				String other = mobiles.putIfAbsent(h.mobile(), h.fileNumber());
				if (other != null) {
					family.inFileDuplicates.add(other);
					family.inFileReasons.add("رقم الجوال");
				}
			}
		}

	}

	Optional<ImportSummary> find(String sha256) {
		return jdbc.sql("SELECT * FROM register_import WHERE file_sha256 = ?").param(sha256).query(this::summary).optional();
	}

	public Optional<ImportSummary> get(long id, boolean withRows) {
		return jdbc.sql("SELECT * FROM register_import WHERE id = ?").param(id).query(this::summary).optional().map(s -> {
			if (!withRows) {
				return s;
			}
			List<RowReport> rows = jdbc.sql("""
					SELECT row_number, file_number, outcome, reasons, duplicate_of FROM register_import_row
					WHERE import_id = ? ORDER BY row_number""")
				.param(id)
				.query((rs, i) -> {
					Outcome outcome = Outcome.valueOf(rs.getString(3));
					String dup = rs.getString(5);
					return new RowReport(rs.getInt(1), outcome.name(), outcome.arabic, rs.getString(2),
							List.of(rs.getString(4).split(" \\| ")), dup == null ? List.of() : List.of(dup.split(",")));
				})
				.list();
			return new ImportSummary(s.id(), s.fileName(), s.format(), s.fileSize(), s.sha256(), s.importedBy(), s.startedAt(),
					s.finishedAt(), s.status(), s.statusLabel(), s.familiesDone(), s.familiesTotal(), s.rowsDone(), s.rowsTotal(),
					s.accepted(), s.refused(), s.duplicates(), s.present(), s.familiesWritten(), s.membersWritten(), null, rows);
		});
	}

	public List<ImportSummary> list() {
		return jdbc.sql("SELECT * FROM register_import ORDER BY id DESC").query(this::summary).list();
	}

	private ImportSummary summary(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		String status = rs.getString("status");
		return new ImportSummary(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_format"),
				rs.getLong("file_size"), rs.getString("file_sha256"), rs.getString("imported_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), status,
				status.equals("DONE") ? "اكتمل" : "جارٍ أو متوقف: ارفع الملف نفسه ليُستأنف", rs.getInt("families_done"),
				(Integer) rs.getObject("families_total", Integer.class), rs.getInt("rows_done"),
				(Integer) rs.getObject("rows_total", Integer.class), rs.getInt("rows_accepted"), rs.getInt("rows_refused"),
				rs.getInt("rows_duplicate"), rs.getInt("rows_present"), rs.getInt("families_written"),
				rs.getInt("members_written"), null, null);
	}

	private static ImportSummary withUnchanged(ImportSummary s, boolean unchanged) {
		return new ImportSummary(s.id(), s.fileName(), s.format(), s.fileSize(), s.sha256(), s.importedBy(), s.startedAt(),
				s.finishedAt(), s.status(), s.statusLabel(), s.familiesDone(), s.familiesTotal(), s.rowsDone(), s.rowsTotal(),
				s.accepted(), s.refused(), s.duplicates(), s.present(), s.familiesWritten(), s.membersWritten(), unchanged,
				null);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String safeName(String name) {
		if (name == null || name.isBlank()) {
			return "register";
		}
		String cleaned = name.replaceAll("[\\p{Cntrl}\\\\/]", "_").strip();
		return cut(cleaned.isEmpty() ? "register" : cleaned, 200);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	static InvalidInputException mistake(String arabic, String english) {
		return InvalidInputException.of("file", arabic, english);
	}

}
