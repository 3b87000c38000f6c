package sa.org.hayaniyah.masar.family;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the family file reads: its own notes, and the views the owners publish (intake's requests and household,
 * registration's files, the committee's decisions, verification's documents, research's reports, delivery's
 * services, notification's messages, inquiries and surveys). Never another module's table.
 */
@Repository
class FamilyRecords {

	/** Candidates a name search ranks in Java; the families shown are far fewer. */
	static final int NAME_CANDIDATES = 200;

	/** Names with every word but one are looked for from this many words typed (two leave one common word). */
	static final int ALL_BUT_ONE_FROM = 3;

	/** How close a part of a name must be to the words typed to be found by trigrams alone (pg_trgm's default is 0.6). */
	static final String CLOSE_NAME_THRESHOLD = "0.7";

	/** A request's family and its applicant's folded name. */
	record Candidate(String nationalId, String searchName) {
	}

	record Request(long id, String reference, String nationalId, String channel, String supportType, String status,
			Instant submittedAt, Instant committeeDeadline, String receivedBy, Instant closedAt, String closureReason,
			String name, String mobile, LocalDate dateOfBirth, String nationality, String city, String district,
			String address, Integer householdSize, BigDecimal monthlyIncome) {
	}

	record File(long id, String fileNumber, String nationalId, String name, String mobile, String city, String district,
			String address, Instant registeredAt) {
	}

	record Decision(long requestId, int round, String number, String outcome, String decidedBy, Instant decidedAt) {
	}

	record Message(long requestId, String template, String channel, String subject, String body, String status,
			Instant createdAt, Instant sentAt) {
	}

	record Document(long requestId, String type, Instant receivedAt, String verifiedBy, Instant verifiedAt) {
	}

	record Research(long requestId, int round, String researcher, boolean fieldVisit, LocalDate visitDate,
			String visitLocation, String findings, String recommendation, Instant completedAt) {
	}

	record Delivery(Long requestId, String description, BigDecimal amount, LocalDate deliveredOn, String deliveredBy,
			Instant recordedAt) {
	}

	record Inquiry(String reference, Long requestId, String channel, String kind, String status, Instant receivedAt,
			Instant dueAt, String answeredBy, Instant answeredAt, Instant closedAt) {
	}

	record Survey(long requestId, String subject, String status, Instant sentAt, Instant answeredAt, Integer overall) {
	}

	record FollowUp(String reason, String status, Instant foundAt, Instant completedAt) {
	}

	record Note(long id, String nationalId, String reference, String body, String writtenBy, Instant writtenAt) {
	}

	private static final String REQUEST = """
			SELECT s.id, s.reference_number, s.national_id, s.channel, s.support_type, s.status, s.submitted_at,
			  s.committee_deadline, p.received_by, p.closed_at, p.closure_reason, a.applicant_name, a.mobile, a.date_of_birth,
			  a.nationality, a.city, a.district, a.address, a.household_size, a.monthly_income
			FROM request_summary s
			JOIN request_progress p ON p.id = s.id
			JOIN applicant_on_request a ON a.id = s.id
			""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	private final TransactionTemplate transactions;

	FamilyRecords(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	private static boolean isPostgres(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException("the database's product name could not be read", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	// --- search

	Optional<String> nationalIdOfRequest(String reference) {
		return jdbc.sql("SELECT national_id FROM request_summary WHERE reference_number = ?")
			.param(reference)
			.query(String.class)
			.optional();
	}

	Optional<String> nationalIdOfFile(String fileNumber) {
		return jdbc.sql("SELECT national_id FROM beneficiary_file WHERE file_number = ? AND anonymised_at IS NULL")
			.param(fileNumber)
			.query(String.class)
			.optional();
	}

	/** The family an inquiry is about: its request's, else the national ID the person gave. */
	Optional<String> nationalIdOfInquiry(String reference) {
		return jdbc.sql("""
				SELECT COALESCE(s.national_id, i.national_id) FROM inquiry_on_file i
				LEFT JOIN request_summary s ON s.id = i.request_id
				WHERE i.reference_number = ?""").param(reference).query(String.class).optional().filter(id -> !id.isBlank());
	}

	List<String> nationalIdsOfMobile(String mobile) {
		return jdbc.sql("""
				SELECT national_id FROM applicant_on_request WHERE mobile = :mobile
				UNION SELECT national_id FROM beneficiary_file WHERE mobile = :mobile AND anonymised_at IS NULL""")
			.param("mobile", mobile)
			.query(String.class)
			.list();
	}

	boolean knownNationalId(String nationalId) {
		return jdbc.sql("SELECT COUNT(*) FROM request_summary WHERE national_id = ?")
			.param(nationalId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Requests whose folded name holds every word typed (the trigram index serves the LIKEs on PostgreSQL), in no
	 * order, so the database stops at the limit; Java ranks them.
	 */
	List<Candidate> byName(List<String> words) {
		StringBuilder like = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			like.append(i == 0 ? "" : " AND ").append("search_name LIKE :w").append(i).append(" ESCAPE '!'");
		}
		JdbcClient.StatementSpec statement = jdbc
			.sql("SELECT national_id, search_name FROM applicant_search WHERE %s LIMIT :n".formatted(like));
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, "%" + words.get(i).replaceAll("[!%_]", "!$0") + "%");
		}
		return statement.param("n", NAME_CANDIDATES).query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2))).list();
	}

	/**
	 * Requests whose folded name holds every word typed but one, whichever it is (a letter mistyped in that word): one
	 * conjunction of LIKEs per word left out, each served by the trigram index (a bitmap OR on PostgreSQL). Java ranks
	 * them, the name with the mistyped word close first.
	 */
	List<Candidate> byAllWordsButOne(List<String> words) {
		StringBuilder where = new StringBuilder();
		for (int out = 0; out < words.size(); out++) {
			where.append(out == 0 ? "(" : " OR (");
			boolean first = true;
			for (int i = 0; i < words.size(); i++) {
				if (i != out) {
					where.append(first ? "" : " AND ").append("search_name LIKE :w").append(i).append(" ESCAPE '!'");
					first = false;
				}
			}
			where.append(')');
		}
		JdbcClient.StatementSpec statement = jdbc
			.sql("SELECT national_id, search_name FROM applicant_search WHERE %s LIMIT :n".formatted(where));
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, "%" + words.get(i).replaceAll("[!%_]", "!$0") + "%");
		}
		return statement.param("n", NAME_CANDIDATES).query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2))).list();
	}

	/**
	 * On PostgreSQL, requests whose folded name has a part close to the words typed (a letter mistyped), the closest
	 * first; nothing on H2. The word-similarity threshold is raised for this query alone: at pg_trgm's default 0.6 the
	 * index hands over thousands of names sharing a common word, each to be compared (150 ms at 100,000 families).
	 */
	List<Candidate> byCloseName(String folded) {
		if (!postgres) {
			return List.of();
		}
		return transactions.execute(status -> {
			jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)").param(CLOSE_NAME_THRESHOLD)
				.query(String.class)
				.single();
			return jdbc.sql("""
					SELECT national_id, search_name FROM applicant_search WHERE :q <% search_name
					ORDER BY word_similarity(:q, search_name) DESC LIMIT :n""")
				.param("q", folded)
				.param("n", NAME_CANDIDATES)
				.query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2)))
				.list();
		});
	}

	// --- the file

	List<Request> requestsOf(Collection<String> nationalIds) {
		return nationalIds.isEmpty() ? List.of()
				: jdbc.sql(REQUEST + "WHERE s.national_id IN (:ids) AND p.anonymised_at IS NULL ORDER BY s.submitted_at DESC, s.id DESC")
					.param("ids", nationalIds)
					.query(FamilyRecords::request)
					.list();
	}

	List<File> filesOf(Collection<String> nationalIds) {
		return nationalIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT id, file_number, national_id, full_name, mobile, city, district, address, registered_at
						FROM beneficiary_file WHERE national_id IN (:ids) AND anonymised_at IS NULL""")
					.param("ids", nationalIds)
					.query((rs, i) -> new File(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9)))
					.list();
	}

	List<Decision> decisions(Collection<Long> requestIds) {
		return requestIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT request_id, round, decision_number, outcome, decided_by, decided_at FROM committee_outcome
						WHERE request_id IN (:ids) ORDER BY decided_at""")
					.param("ids", requestIds)
					.query((rs, i) -> new Decision(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), instant(rs, 6)))
					.list();
	}

	List<Message> messages(Collection<Long> requestIds) {
		return requestIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT request_id, template, channel, subject, body, status, created_at, sent_at FROM message_on_request
						WHERE request_id IN (:ids) ORDER BY id""")
					.param("ids", requestIds)
					.query((rs, i) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8)))
					.list();
	}

	List<Document> documents(Collection<Long> requestIds) {
		return requestIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT request_id, document_type, received_at, verified_by, verified_at FROM document_on_request
						WHERE request_id IN (:ids)""")
					.param("ids", requestIds)
					.query((rs, i) -> new Document(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getString(4),
							instant(rs, 5)))
					.list();
	}

	List<Research> researches(Collection<Long> requestIds) {
		return requestIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT request_id, round, researcher, field_visit, visit_date, visit_location, findings, recommendation,
						  completed_at
						FROM research_on_request WHERE request_id IN (:ids)""")
					.param("ids", requestIds)
					.query((rs, i) -> new Research(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
							rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9)))
					.list();
	}

	List<Delivery> deliveries(Collection<Long> requestIds, Collection<Long> fileIds) {
		return requestIds.isEmpty() && fileIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT request_id, description, amount, delivered_on, delivered_by, recorded_at FROM delivery_on_request
						WHERE request_id IN (:requests) OR beneficiary_id IN (:files)""")
					.param("requests", requestIds.isEmpty() ? List.of(-1L) : requestIds)
					.param("files", fileIds.isEmpty() ? List.of(-1L) : fileIds)
					.query((rs, i) -> new Delivery((Long) rs.getObject(1, Long.class), rs.getString(2), rs.getBigDecimal(3),
							rs.getObject(4, LocalDate.class), rs.getString(5), instant(rs, 6)))
					.list();
	}

	List<Inquiry> inquiries(Collection<String> nationalIds, Collection<Long> requestIds) {
		return nationalIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT reference_number, request_id, channel, kind, status, received_at, due_at, answered_by, answered_at,
						  closed_at
						FROM inquiry_on_file WHERE national_id IN (:ids) OR request_id IN (:requests)""")
					.param("ids", nationalIds)
					.param("requests", requestIds.isEmpty() ? List.of(-1L) : requestIds)
					.query((rs, i) -> new Inquiry(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
							rs.getString(4), rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getString(8), instant(rs, 9),
							instant(rs, 10)))
					.list();
	}

	List<Survey> surveys(Collection<Long> requestIds) {
		return requestIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT request_id, subject, status, sent_at, answered_at, overall FROM survey_on_request
						WHERE request_id IN (:ids)""")
					.param("ids", requestIds)
					.query((rs, i) -> new Survey(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
							instant(rs, 5), (Integer) rs.getObject(6, Integer.class)))
					.list();
	}

	List<FollowUp> followUps(Collection<Long> fileIds) {
		return fileIds.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT reason, status, found_at, completed_at FROM follow_up_summary WHERE beneficiary_id IN (:ids)""")
					.param("ids", fileIds)
					.query((rs, i) -> new FollowUp(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)))
					.list();
	}

	/**
	 * The request a registered family's household is kept under: its latest request the committee approved (the one
	 * its file was opened or renewed on), not anonymised.
	 */
	Optional<Long> registeredRequest(String nationalId) {
		return jdbc.sql("""
				SELECT s.id FROM request_summary s
				JOIN request_progress p ON p.id = s.id
				JOIN committee_outcome c ON c.request_id = s.id
				WHERE s.national_id = ? AND c.outcome = 'APPROVED' AND p.anonymised_at IS NULL
				ORDER BY c.decided_at DESC, s.id DESC""")
			.param(nationalId)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	// --- notes, this module's own table

	List<Note> notes(String nationalId) {
		return jdbc.sql("""
				SELECT id, national_id, reference_number, body, written_by, written_at FROM family_note
				WHERE national_id = ? ORDER BY written_at DESC, id DESC""")
			.param(nationalId)
			.query(FamilyRecords::note)
			.list();
	}

	Note addNote(String nationalId, String reference, String body, String writtenBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO family_note (national_id, reference_number, body, written_by, written_at) VALUES (?, ?, ?, ?, ?)""")
			.params(nationalId, reference, body, writtenBy, Timestamp.from(at))
			.update(key, "id");
		return new Note(key.getKeyAs(Number.class).longValue(), nationalId, reference, body, writtenBy, at);
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
				instant(rs, 7), instant(rs, 8), rs.getString(9), instant(rs, 10), rs.getString(11), rs.getString(12),
				rs.getString(13), rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16), rs.getString(17),
				rs.getString(18), (Integer) rs.getObject(19, Integer.class), rs.getBigDecimal(20));
	}

	private static Note note(ResultSet rs, int row) throws SQLException {
		return new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
