package sa.org.hayaniyah.masar.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every check of every verification attempt, so a supervisor can see what was checked and when.
 */
@Repository
public class VerificationResults {

	public record Result(int attempt, Check check) {
	}

	static final int MESSAGE_LENGTH = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	VerificationResults(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void save(long requestId, int attempt, VerificationReport report) {
		Timestamp now = Timestamp.from(clock.instant());
		for (Check check : report.checks()) {
			jdbc.sql("""
					INSERT INTO verification_result (request_id, attempt, rule, outcome, passed, message, checked_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(requestId, attempt, check.rule(), check.outcome().name(), check.passed(), bounded(check.message()), now)
				.update();
		}
	}

	/** The message column holds 500 characters; a longer message (names typed into it) is cut, never an incident. */
	static String bounded(String message) {
		return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH - 1) + "…";
	}

	/** The checks of the latest attempt. */
	public List<Check> findByRequest(long requestId) {
		List<Result> all = history(requestId);
		int latest = all.stream().mapToInt(Result::attempt).max().orElse(0);
		return all.stream().filter(r -> r.attempt() == latest).map(Result::check).toList();
	}

	/** Whether the latest verification attempt ran and every check passed (a warning does not stop a request). */
	public boolean passed(long requestId) {
		List<Check> latest = findByRequest(requestId);
		return !latest.isEmpty() && latest.stream().allMatch(Check::passed);
	}

	public List<Result> history(long requestId) {
		return jdbc.sql("SELECT attempt, rule, outcome, message FROM verification_result WHERE request_id = ? ORDER BY id")
			.param(requestId)
			.query((rs, i) -> new Result(rs.getInt("attempt"), new Check(rs.getString("rule"),
					CheckOutcome.valueOf(rs.getString("outcome")), rs.getString("message"))))
			.list();
	}

}
