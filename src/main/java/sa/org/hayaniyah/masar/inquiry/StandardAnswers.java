package sa.org.hayaniyah.masar.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The answer library: frequent questions with the answer the association gives, seeded from the policy's own
 * promises (V10) and captured from answered inquiries, offered to reception as a choice: the inquiry's kind first,
 * most used first, then every other kind's, labelled with their kind, so no answer is hidden from reception.
 */
@Service
class StandardAnswers {

	public record StandardAnswer(long id, InquiryKind kind, String question, String answer, int timesUsed) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	StandardAnswers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long add(InquiryKind kind, String question, String answer, String createdBy) {
		jdbc.sql("INSERT INTO standard_answer (kind, question, answer, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(kind.name(), question, answer, createdBy, Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("SELECT MAX(id) FROM standard_answer WHERE created_by = ? AND question = ?")
			.params(createdBy, question)
			.query(Long.class)
			.single();
	}

	public List<StandardAnswer> forKind(InquiryKind kind) {
		return jdbc.sql("""
				SELECT id, kind, question, answer, times_used FROM standard_answer
				WHERE active = TRUE AND kind = ? ORDER BY times_used DESC, id""")
			.param(kind.name())
			.query(StandardAnswers::map)
			.list();
	}

	Optional<StandardAnswer> use(long id) {
		int updated = jdbc.sql("UPDATE standard_answer SET times_used = times_used + 1 WHERE id = ? AND active = TRUE")
			.param(id)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, kind, question, answer, times_used FROM standard_answer WHERE id = ?")
			.param(id)
			.query(StandardAnswers::map)
			.optional();
	}

	private static StandardAnswer map(ResultSet rs, int row) throws SQLException {
		return new StandardAnswer(rs.getLong(1), InquiryKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getInt(5));
	}

	/** Every active answer: the given kind's first, then the others by kind; most used first within a kind. */
	public List<StandardAnswer> offeredFor(InquiryKind kind) {
		return jdbc.sql("""
				SELECT id, kind, question, answer, times_used FROM standard_answer WHERE active = TRUE
				ORDER BY CASE WHEN kind = ? THEN 0 ELSE 1 END, kind, times_used DESC, id""")
			.param(kind.name())
			.query(StandardAnswers::map)
			.list();
	}

	/**
	 * The library as the options of a Camunda Forms select ({@code valuesKey}): an answer of another kind says which
	 * kind it was written for.
	 */
	List<Map<String, String>> options(InquiryKind kind) {
		return offeredFor(kind).stream()
			.map(a -> Map.of("label", a.kind() == kind ? a.question() : a.question() + " — من إجابات «" + a.kind().arabic() + "»",
					"value", Long.toString(a.id())))
			.toList();
	}

}
