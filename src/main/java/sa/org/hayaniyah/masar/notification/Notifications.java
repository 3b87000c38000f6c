package sa.org.hayaniyah.masar.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * The notification outbox: a row written in the same transaction as the engine step that caused it, keyed so
 * that the same step never queues a message twice. Sending it is the dispatcher's job.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	public record Queued(long id, String template, String channel, String recipient, String body, String status,
			int attempts, String lastError) {
	}

	private final JdbcClient jdbc;

	private final NotificationTemplates templates;

	private final Clock clock;

	private final NotificationProperties properties;

	Notifications(JdbcClient jdbc, NotificationTemplates templates, Clock clock, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.clock = clock;
		this.properties = properties;
	}

	void enqueue(Long requestId, String reference, String idempotencyKey, String template, String channel, String recipient,
			Map<String, Object> values) {
		// checked before inserting: a unique-key failure would doom the engine's transaction on PostgreSQL
		boolean queued = jdbc.sql("SELECT COUNT(*) FROM notification WHERE idempotency_key = ?")
			.param(idempotencyKey)
			.query(Integer.class)
			.single() > 0;
		if (queued) {
			log.info("Notification {} for {} already queued", template, reference);
			return;
		}
		Instant now = clock.instant();
		// a template with a delay (the survey invitation) is not due before then: the dispatcher leaves it until then
		Duration delay = properties.delays().getOrDefault(template, Duration.ZERO);
		jdbc.sql("""
				INSERT INTO notification (request_id, reference_number, idempotency_key, template, channel, recipient, subject, body,
				  status, created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
			.params(requestId, reference, idempotencyKey, template, channel, recipient,
					"جمعية الحيانية للخدمات الإنسانية: " + (requestId != null ? "طلبكم رقم " : "مرجعكم رقم ") + reference,
					templates.render(template, values),
					Timestamp.from(now), delay.isZero() ? null : Timestamp.from(now.plus(delay)))
			.update();
		log.info("Notification {} for {} queued to {}", template, reference, PersonalData.mask(recipient));
	}

	/**
	 * A one-time code for the website portal (issue 23), by SMS to {@code mobile}, through the outbox like every
	 * message; {@code reference} is the portal's own (HY-P-…) and {@code key} makes a resend of the same code a no-op.
	 */
	public void enqueueCode(String reference, String key, String mobile, String code, String purpose) {
		enqueue(null, reference, key, "portal-code", "SMS", mobile, Map.of("code", code, "purpose", purpose));
	}

	public List<Queued> findByRequest(long requestId) {
		return find("request_id = ?", requestId);
	}

	/** Messages about a reference number: a request's, an inquiry's, or a beneficiary file's. */
	public List<Queued> findByReference(String reference) {
		return find("reference_number = ?", reference);
	}

	private List<Queued> find(String condition, Object value) {
		return jdbc.sql("SELECT id, template, channel, recipient, body, status, attempts, last_error FROM notification WHERE "
				+ condition + " ORDER BY id")
			.param(value)
			.query((rs, i) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getInt(7), rs.getString(8)))
			.list();
	}

}
