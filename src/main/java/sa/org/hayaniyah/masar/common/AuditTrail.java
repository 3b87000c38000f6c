package sa.org.hayaniyah.masar.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PDPL's domain-side audit: who read, changed, exported or anonymised a family's record. Camunda's user operation
 * log covers what is done through the engine; this covers the application's own tables and files.
 */
@Component
public class AuditTrail {

	public enum Action {
		READ, CHANGE, EXPORT, ANONYMISE, CORRECT
	}

	public record Entry(String actor, Action action, String subject, String detail, Instant at) {
	}

	private final JdbcClient jdbc;

	private final IdentityService identityService;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, IdentityService identityService, Clock clock) {
		this.jdbc = jdbc;
		this.identityService = identityService;
		this.clock = clock;
	}

	/** Records an action of the authenticated user (or "system" for jobs). */
	public void record(Action action, String subject, String detail) {
		Authentication authentication = identityService.getCurrentAuthentication();
		record(authentication == null ? "system" : authentication.getUserId(), action, subject, detail);
	}

	/**
	 * The columns' widths: a reference typed into a URL by a stranger (any length) is recorded cut, never a failed
	 * request.
	 */
	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	public void record(String actor, Action action, String subject, String detail) {
		jdbc.sql("INSERT INTO personal_data_access (actor, action, subject, detail, at) VALUES (?, ?, ?, ?, ?)")
			.params(actor == null ? "system" : cut(actor, 64), action.name(), cut(subject, 40), cut(detail, 300),
					Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * One line per subject, the same action and detail, in one statement (a search that shows twenty families writes
	 * twenty lines in one round trip instead of twenty).
	 */
	public void recordEach(String actor, Action action, List<String> subjects, String detail) {
		if (subjects.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("INSERT INTO personal_data_access (actor, action, subject, detail, at) VALUES ");
		List<Object> values = new java.util.ArrayList<>();
		Timestamp at = Timestamp.from(clock.instant());
		for (int i = 0; i < subjects.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
			values.addAll(java.util.Arrays.asList(actor == null ? "system" : cut(actor, 64), action.name(),
					cut(subjects.get(i), 40), cut(detail, 300), at));
		}
		jdbc.sql(sql.toString()).params(values).update();
	}

	public List<Entry> about(String subject) {
		return about(List.of(subject));
	}

	/** Who read, changed, exported or anonymised any of these references or files, oldest first. */
	public List<Entry> about(Collection<String> subjects) {
		return subjects.isEmpty() ? List.of()
				: jdbc.sql("SELECT actor, action, subject, detail, at FROM personal_data_access WHERE subject IN (:s) ORDER BY id")
					.param("s", subjects)
					.query((rs, i) -> new Entry(rs.getString(1), Action.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
							rs.getTimestamp(5).toInstant()))
					.list();
	}

}
