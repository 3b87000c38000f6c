package sa.org.hayaniyah.masar.notification;

import java.lang.management.ManagementFactory;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * Sends the outbox, each message at most once as far as its channel allows (issue 21). A message is claimed in its own
 * committed transaction (status SENDING, this node, the time, one more attempt) by a conditional UPDATE that only
 * one node can win, then sent with its client reference, then marked SENT in another short transaction; so a crash
 * never re-sends a batch, and no transaction is open while a gateway is called.
 * <p>
 * A message left SENDING longer than {@code claim-timeout} was interrupted: its channel is asked whether it left
 * (SENT if so, due again if surely not) and, when the channel cannot tell, it is marked UNCERTAIN for a supervisor to
 * decide, with the reason in Arabic. A failed send is tried again after an exponentially growing wait and, after the
 * last try, marked FAILED for supervisors to see and re-send.
 */
@Component
public class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	static final String UNCERTAIN_REASON = "انقطع الإرسال قبل تأكيده ولا تستطيع القناة تأكيد وصول الرسالة: "
			+ "تحقق من سجل مزوّد الخدمة ثم أعد الإرسال أو اعتبرها مرسلة";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Map<String, DeliveryChannel> channels;

	private final NotificationProperties properties;

	private final Clock clock;

	private final String node;

	NotificationDispatcher(JdbcClient jdbc, PlatformTransactionManager transactionManager, List<DeliveryChannel> channels,
			NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		// claims and marks commit on their own, even when called inside another transaction
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannel::name, Function.identity()));
		this.properties = properties;
		this.clock = clock;
		// pid@host: which node held a message, for whoever reads the row after a crash
		String name = ManagementFactory.getRuntimeMXBean().getName();
		this.node = name.substring(0, Math.min(name.length(), 100));
	}

	@Scheduled(fixedDelayString = "${masar.notification.dispatch-interval}")
	public void dispatchDue() {
		while (dispatchBatch() == properties.batchSize()) {
			// a full batch: there may be more due
		}
	}

	/** Settles interrupted sends, then sends one batch of due messages; returns how many due messages were found. */
	public int dispatchBatch() {
		recoverInterrupted();
		Instant now = clock.instant();
		List<Outgoing> due = jdbc.sql("""
				SELECT id, reference_number, channel, recipient, subject, body FROM notification
				WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
				ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(properties.batchSize()))
			.param(Timestamp.from(now))
			.query(NotificationDispatcher::outgoing)
			.list();
		due.forEach(message -> {
			if (claim(message.id())) {
				deliver(message);
			}
		});
		return due.size();
	}

	/** Takes {@code id} for this node; false when another node has taken it (or it is not due). */
	boolean claim(long id) {
		Instant now = clock.instant();
		Integer claimed = transaction.execute(status -> jdbc.sql("""
				UPDATE notification SET status = 'SENDING', claimed_by = ?, claimed_at = ?, attempts = attempts + 1
				WHERE id = ? AND status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)""")
			.params(node, Timestamp.from(now), id, Timestamp.from(now))
			.update());
		return claimed != null && claimed == 1;
	}

	private void deliver(Outgoing message) {
		DeliveryChannel channel = channels.get(message.channel());
		try {
			if (channel == null) {
				throw new IllegalStateException("no channel " + message.channel());
			}
			channel.send(message);
		}
		catch (DeliveryChannel.Uncertain uncertain) {
			log.warn("{} to {} for {} may have left: {}", message.channel(), PersonalData.mask(message.recipient()),
					message.reference(), uncertain.toString());
			settle(message, channel);
			return;
		}
		catch (Exception failure) {
			failed(message, failure);
			return;
		}
		// it left: a failure to record that (no database connection, say) must not make it due again, which would
		// send it twice; it stays SENDING and is settled after the claim timeout like an interrupted send
		try {
			markSent(message.id());
		}
		catch (RuntimeException notMarked) {
			log.warn("{} to {} for {} left but could not be marked SENT; settled after the claim timeout: {}", message.channel(),
					PersonalData.mask(message.recipient()), message.reference(), notMarked.toString());
		}
	}

	private void markSent(long id) {
		transaction.executeWithoutResult(status -> jdbc.sql("""
				UPDATE notification SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'SENDING'""")
			.params(Timestamp.from(clock.instant()), id)
			.update());
	}

	private void failed(Outgoing message, Exception failure) {
		Instant now = clock.instant();
		int attempts = jdbc.sql("SELECT attempts FROM notification WHERE id = ?").param(message.id()).query(Integer.class).single();
		boolean last = attempts >= properties.maxAttempts();
		String reason = String.valueOf(failure.getMessage());
		transaction.executeWithoutResult(status -> jdbc.sql("""
				UPDATE notification SET status = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'SENDING'""")
			.params(last ? "FAILED" : "PENDING", Timestamp.from(now.plus(backoffAfter(attempts))),
					reason.substring(0, Math.min(reason.length(), 500)), message.id())
			.update());
		log.warn("{} to {} for {} failed (try {} of {}): {}", message.channel(), PersonalData.mask(message.recipient()),
				message.reference(), attempts, properties.maxAttempts(), failure.toString());
	}

	/**
	 * Messages SENDING past the claim timeout: their node died or lost its answer between send and mark. Each is
	 * re-claimed by one node (a conditional UPDATE again) and settled by asking its channel, never by sending blindly.
	 */
	void recoverInterrupted() {
		while (recoverInterruptedBatch() == properties.batchSize()) {
			// each one settled or taken by another node is no longer stale: the loop ends
		}
	}

	private int recoverInterruptedBatch() {
		Instant now = clock.instant();
		Timestamp stale = Timestamp.from(now.minus(properties.claimTimeout()));
		List<Outgoing> interrupted = jdbc.sql("""
				SELECT id, reference_number, channel, recipient, subject, body FROM notification
				WHERE status = 'SENDING' AND claimed_at < ? ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(properties.batchSize()))
			.param(stale)
			.query(NotificationDispatcher::outgoing)
			.list();
		for (Outgoing message : interrupted) {
			Integer taken = transaction.execute(status -> jdbc.sql("""
					UPDATE notification SET claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'SENDING' AND claimed_at < ?""")
				.params(node, Timestamp.from(now), message.id(), stale)
				.update());
			if (taken != null && taken == 1) {
				settle(message, channels.get(message.channel()));
			}
		}
		return interrupted.size();
	}

	/** Asks the channel whether {@code message} (SENDING, claimed by this node) left. */
	private void settle(Outgoing message, DeliveryChannel channel) {
		DeliveryChannel.Delivery delivery;
		try {
			delivery = channel == null ? DeliveryChannel.Delivery.UNKNOWN : channel.delivered(message);
		}
		catch (Exception failure) {
			log.warn("Could not ask {} about notification {} for {}: {}", message.channel(), message.id(), message.reference(),
					failure.toString());
			delivery = DeliveryChannel.Delivery.UNKNOWN;
		}
		switch (delivery) {
			case CONFIRMED -> markSent(message.id());
			case NOT_SENT -> failed(message, new IllegalStateException("interrupted before it left; sent again"));
			case UNKNOWN -> {
				transaction.executeWithoutResult(status -> jdbc.sql("""
						UPDATE notification SET status = 'UNCERTAIN', last_error = ? WHERE id = ? AND status = 'SENDING'""")
					.params(UNCERTAIN_REASON, message.id())
					.update());
				log.warn("{} to {} for {} may or may not have left: a supervisor decides", message.channel(),
						PersonalData.mask(message.recipient()), message.reference());
			}
		}
	}

	/**
	 * A supervisor sends a FAILED message again, or an UNCERTAIN one after checking the provider: it becomes due now,
	 * with its tries counted afresh.
	 */
	public boolean resend(long id) {
		return jdbc.sql("""
				UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = NULL
				WHERE id = ? AND status IN ('FAILED', 'UNCERTAIN')""").param(id).update() == 1;
	}

	/** A supervisor has found an UNCERTAIN message in the provider's records: it is SENT, and not sent again. */
	public boolean confirmSent(long id) {
		return jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'UNCERTAIN'")
			.params(Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	/** Backoff before try number {@code attempt + 1}. */
	Duration backoffAfter(int attempt) {
		return properties.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
	}

	private static Outgoing outgoing(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
	}

}
