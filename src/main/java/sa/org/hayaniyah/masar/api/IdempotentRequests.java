package sa.org.hayaniyah.masar.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The keys of idempotent starts and completions and the answers they got ({@code idempotent_request}). Every write
 * runs in the caller's transaction, the one that also holds the request's effect.
 */
@Repository
class IdempotentRequests {

	private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

	/** The first call's answer, or none yet (its row is committed only together with a successful answer). */
	record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {
	}

	private final JdbcTemplate jdbc;

	private final IdempotencyProperties properties;

	private final Clock clock;

	private volatile Boolean postgres;

	IdempotentRequests(JdbcTemplate jdbc, IdempotencyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records the key. A call with the same key still running holds the row's lock: this waits at most
	 * {@code wait-for-first} for it (then a CannotAcquireLockException), and a DuplicateKeyException once it committed.
	 */
	void claim(String caller, String key, String fingerprint) {
		Instant now = clock.instant();
		if (isPostgres()) {
			// only for this insert: the request's own statements keep the server's lock timeout
			jdbc.execute("SET LOCAL lock_timeout = " + properties.waitForFirst().toMillis());
		}
		jdbc.update("DELETE FROM idempotent_request WHERE caller = ? AND idempotency_key = ? AND created_at < ?", caller, key,
				Timestamp.from(now.minus(properties.keepFor())));
		jdbc.update("INSERT INTO idempotent_request (caller, idempotency_key, fingerprint, created_at) VALUES (?, ?, ?, ?)",
				caller, key, fingerprint, Timestamp.from(now));
		if (isPostgres()) {
			jdbc.execute("SET LOCAL lock_timeout = DEFAULT");
		}
	}

	void answer(String caller, String key, int status, String contentType, String location, byte[] body) {
		jdbc.update("UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ? "
				+ "WHERE caller = ? AND idempotency_key = ?", status, contentType, location, body, caller, key);
	}

	Optional<Stored> find(String caller, String key) {
		return jdbc
			.query("SELECT fingerprint, status, content_type, location, body FROM idempotent_request "
					+ "WHERE caller = ? AND idempotency_key = ? AND created_at >= ?",
					(rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
							rs.getBytes(5)),
					caller, key, Timestamp.from(clock.instant().minus(properties.keepFor())))
			.stream()
			.findFirst();
	}

	/** Keys are kept {@code keep-for} (24 h): long enough for any client's retries, not a record of who did what. */
	@Scheduled(fixedDelayString = "${masar.idempotency.purge-every}", initialDelayString = "${masar.idempotency.purge-every}")
	void purge() {
		try {
			int purged = jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?",
					Timestamp.from(clock.instant().minus(properties.keepFor())));
			log.debug("Purged {} idempotency keys", purged);
		}
		catch (DataAccessException e) {
			log.warn("Idempotency keys not purged this time: {}", e.getMostSpecificCause().getMessage());
		}
	}

	private boolean isPostgres() {
		if (postgres == null) {
			postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
		}
		return postgres;
	}

}
