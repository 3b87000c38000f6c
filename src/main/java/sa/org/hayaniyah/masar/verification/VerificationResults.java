package sa.org.hayaniyah.masar.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VerificationResults {

	private final JdbcClient jdbc;

	private final Clock clock;

	VerificationResults(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void save(long requestId, VerificationReport report) {
		Timestamp now = Timestamp.from(clock.instant());
		for (Check check : report.checks()) {
			jdbc.sql("INSERT INTO verification_result (request_id, rule, passed, message, checked_at) VALUES (?, ?, ?, ?, ?)")
				.params(requestId, check.rule(), check.passed(), check.message(), now)
				.update();
		}
	}

	public List<Check> findByRequest(long requestId) {
		return jdbc.sql("SELECT rule, passed, message FROM verification_result WHERE request_id = ? ORDER BY id")
			.param(requestId)
			.query((rs, i) -> new Check(rs.getString("rule"), rs.getBoolean("passed"), rs.getString("message")))
			.list();
	}

}
