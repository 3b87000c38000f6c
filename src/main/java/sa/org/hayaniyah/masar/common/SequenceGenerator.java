package sa.org.hayaniyah.masar.common;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters that stay unique across threads and application nodes, on the caller's own connection: a caller never
 * needs a second connection from the pool while its engine transaction holds one, which starved the pool once ten
 * desks took numbers at once (issue 21, load test: 500s with the database idle).
 * <ul>
 * <li>{@link #next}: gap-tolerant numbers (reference numbers per Hijri year, file numbers) from a database sequence
 * per name and period; a rolled-back caller leaves a gap, and nobody waits for anybody's commit.
 * <li>{@link #nextWithoutGaps}: registers with no gaps (committee decision numbers) from a row in
 * {@code sequence_counter} updated in the caller's transaction.
 * </ul>
 * Only the first number of a new period creates its sequence or row, in a short transaction of its own.
 */
@Component
public class SequenceGenerator {

	private final JdbcClient jdbc;

	private final TransactionTemplate requiresNew;

	private final boolean postgres;

	/** Sequences known to exist, so the common case is one statement. */
	private final Set<String> created = ConcurrentHashMap.newKeySet();

	SequenceGenerator(JdbcClient jdbc, PlatformTransactionManager transactionManager, DataSource dataSource)
			throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.requiresNew = new TransactionTemplate(transactionManager);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	public long next(String name, int period) {
		String sequence = sequenceName(name, period);
		if (!created.contains(sequence)) {
			create(sequence, name, period);
			created.add(sequence);
		}
		String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * Makes sure the next number of the sequence is above {@code value} (the file numbers of an imported register,
	 * issue 20); never moves it back. Runs in the caller's transaction on PostgreSQL ({@code setval} is not rolled
	 * back, which only leaves a gap); on H2 the restart is a DDL statement.
	 */
	public void moveAtLeastTo(String name, int period, long value) {
		String sequence = sequenceName(name, period);
		if (!created.contains(sequence)) {
			create(sequence, name, period);
			created.add(sequence);
		}
		if (postgres) {
			// last_value is NULL until the first nextval: then the sequence stands just before its start value
			jdbc.sql("""
					SELECT setval(CAST(? AS regclass), GREATEST(?, COALESCE(last_value, start_value - 1)))
					FROM pg_sequences WHERE sequencename = ?""")
				.params(sequence, value, sequence)
				.query(Long.class)
				.single();
			return;
		}
		long next = jdbc.sql("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE LOWER(SEQUENCE_NAME) = ?")
			.param(sequence)
			.query(Long.class)
			.single();
		if (next <= value) {
			jdbc.sql("ALTER SEQUENCE " + sequence + " RESTART WITH " + (value + 1)).update();
		}
	}

	/** Names are ours (code constants and years), checked anyway since they become part of a statement. */
	static String sequenceName(String name, int period) {
		if (!name.matches("[a-z][a-z0-9-]{0,40}") || period < 0) {
			throw new IllegalArgumentException("not a sequence name: " + name + "/" + period);
		}
		return "masar_seq_" + name.replace('-', '_') + "_" + period;
	}

	/** Creates the period's sequence, carrying on from a counter row of the numbers taken before sequences were used. */
	private void create(String sequence, String name, int period) {
		try {
			requiresNew.executeWithoutResult(status -> {
				long last = jdbc.sql("SELECT COALESCE(MAX(last_value), 0) FROM sequence_counter WHERE name = ? AND period = ?")
					.params(name, period)
					.query(Long.class)
					.single();
				jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + (last + 1)).update();
			});
		}
		catch (DataAccessException createdMeanwhile) {
			// PostgreSQL's IF NOT EXISTS can still lose a race with another node's CREATE; then the sequence exists
			boolean exists = jdbc.sql("SELECT COUNT(*) FROM information_schema.sequences WHERE LOWER(sequence_name) = ?")
				.param(sequence)
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				throw createdMeanwhile;
			}
		}
	}

	/**
	 * For registers that must have no gaps (committee decision numbers): the number is taken in the caller's
	 * transaction, so a rolled-back decision gives it back, and the row lock makes concurrent callers wait for the
	 * commit. Only the counter row's first creation runs in its own transaction.
	 */
	public long nextWithoutGaps(String name, int period) {
		if (increment(name, period) == 0) {
			requiresNew.executeWithoutResult(status -> {
				try {
					jdbc.sql("INSERT INTO sequence_counter (name, period, last_value) VALUES (?, ?, 0)").params(name, period).update();
				}
				catch (DuplicateKeyException createdMeanwhile) {
					status.setRollbackOnly();
				}
			});
			increment(name, period);
		}
		return jdbc.sql("SELECT last_value FROM sequence_counter WHERE name = ? AND period = ?")
			.params(name, period)
			.query(Long.class)
			.single();
	}

	private int increment(String name, int period) {
		return jdbc.sql("UPDATE sequence_counter SET last_value = last_value + 1 WHERE name = ? AND period = ?")
			.params(name, period)
			.update();
	}

}
