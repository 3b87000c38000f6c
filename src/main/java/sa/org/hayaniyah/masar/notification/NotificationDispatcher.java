package sa.org.hayaniyah.masar.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * Sends the outbox. Each batch is taken with {@code FOR UPDATE SKIP LOCKED}, so several application nodes on one
 * database never send the same message twice; a failed send is tried again after an exponentially growing wait and,
 * after the last try, marked FAILED with the reason for supervisors to see and re-send.
 */
@Component
public class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Map<String, DeliveryChannel> channels;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationDispatcher(JdbcClient jdbc, PlatformTransactionManager transactionManager, List<DeliveryChannel> channels,
			NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannel::name, Function.identity()));
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${masar.notification.dispatch-interval}")
	public void dispatchDue() {
		while (dispatchBatch() == properties.batchSize()) {
			// a full batch: there may be more due
		}
	}

	/** Sends one batch of due messages; returns how many were taken. */
	public int dispatchBatch() {
		Integer taken = transaction.execute(status -> {
			Instant now = clock.instant();
			List<Outgoing> due = jdbc.sql("""
					SELECT id, reference_number, channel, recipient, subject, body FROM notification
					WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
					ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(properties.batchSize()))
				.param(Timestamp.from(now))
				.query((rs, i) -> new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6)))
				.list();
			due.forEach(message -> deliver(message, now));
			return due.size();
		});
		return taken == null ? 0 : taken;
	}

	private void deliver(Outgoing message, Instant now) {
		DeliveryChannel channel = channels.get(message.channel());
		try {
			if (channel == null) {
				throw new IllegalStateException("no channel " + message.channel());
			}
			channel.send(message);
			jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
				.params(Timestamp.from(now), message.id())
				.update();
		}
		catch (Exception failure) {
			int attempts = jdbc.sql("SELECT attempts FROM notification WHERE id = ?").param(message.id()).query(Integer.class).single()
					+ 1;
			boolean last = attempts >= properties.maxAttempts();
			Instant next = now.plus(backoffAfter(attempts));
			String reason = String.valueOf(failure.getMessage());
			jdbc.sql("UPDATE notification SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
				.params(last ? "FAILED" : "PENDING", attempts, Timestamp.from(next),
						reason.substring(0, Math.min(reason.length(), 500)), message.id())
				.update();
			log.warn("{} to {} for {} failed (try {} of {}): {}", message.channel(), PersonalData.mask(message.recipient()),
					message.reference(), attempts, properties.maxAttempts(), failure.toString());
		}
	}

	/** A supervisor sends a FAILED message again: it becomes due now, with its tries counted afresh. */
	public boolean resend(long id) {
		return jdbc.sql("""
				UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = NULL
				WHERE id = ? AND status = 'FAILED'""").param(id).update() == 1;
	}

	/** Backoff before try number {@code attempt + 1}. */
	Duration backoffAfter(int attempt) {
		return properties.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
	}

}
