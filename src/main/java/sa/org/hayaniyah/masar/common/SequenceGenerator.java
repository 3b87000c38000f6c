package sa.org.hayaniyah.masar.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-tolerant counters (reference numbers per Hijri year, beneficiary file numbers) that stay unique across
 * threads and application nodes: the row update takes a row lock, and each number is taken in its own short
 * transaction so that a long engine transaction never holds the lock. A rolled-back caller leaves a gap.
 */
@Component
public class SequenceGenerator {

	private final JdbcClient jdbc;

	private final TransactionTemplate requiresNew;

	SequenceGenerator(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.requiresNew = new TransactionTemplate(transactionManager);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public long next(String name, int period) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				return requiresNew.execute(status -> increment(name, period));
			}
			catch (DuplicateKeyException concurrentFirstUse) {
				// another node created the counter row at the same moment: the next attempt updates it
			}
		}
		throw new IllegalStateException("Could not take the next value of sequence " + name + "/" + period);
	}

	/**
	 * For registers that must have no gaps (committee decision numbers): the number is taken in the caller's
	 * transaction, so a rolled-back decision gives it back, and the row lock makes concurrent callers wait for the
	 * commit. Only the counter row's first creation runs in its own transaction.
	 */
	public long nextWithoutGaps(String name, int period) {
		requiresNew.executeWithoutResult(status -> {
			boolean exists = jdbc.sql("SELECT COUNT(*) FROM sequence_counter WHERE name = ? AND period = ?")
				.params(name, period)
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				try {
					jdbc.sql("INSERT INTO sequence_counter (name, period, last_value) VALUES (?, ?, 0)").params(name, period).update();
				}
				catch (DuplicateKeyException createdMeanwhile) {
					status.setRollbackOnly();
				}
			}
		});
		return increment(name, period);
	}

	private long increment(String name, int period) {
		int updated = jdbc.sql("UPDATE sequence_counter SET last_value = last_value + 1 WHERE name = ? AND period = ?")
			.params(name, period)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO sequence_counter (name, period, last_value) VALUES (?, ?, 1)").params(name, period).update();
			return 1L;
		}
		return jdbc.sql("SELECT last_value FROM sequence_counter WHERE name = ? AND period = ?")
			.params(name, period)
			.query(Long.class)
			.single();
	}

}
