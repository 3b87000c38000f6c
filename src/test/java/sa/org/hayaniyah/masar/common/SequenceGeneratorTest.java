package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;

/**
 * Reference and file numbers stay unique when several desks (threads, and so nodes sharing the database) take them
 * at once, including the very first number of a new period.
 */
@MasarIntegrationTest
class SequenceGeneratorTest extends DatabaseTestSupport {

	@Autowired
	SequenceGenerator sequences;

	@Autowired
	javax.sql.DataSource dataSource;

	/**
	 * Issue 21, load test: as many desks as a pool has connections, each inside its own transaction (as in an engine
	 * command), take a number at once; none may need a second connection, which left them all waiting for the pool.
	 * A pool of its own, so no other user of the application's pool can hold a connection the desks wait for.
	 */
	@Test
	void desksInsideTheirTransactionsTakeNumbersWithoutASecondConnection() throws Exception {
		int desks = 3;
		com.zaxxer.hikari.HikariDataSource application = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
		com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
		config.setJdbcUrl(application.getJdbcUrl());
		config.setUsername(application.getUsername());
		config.setPassword(application.getPassword());
		config.setMaximumPoolSize(desks);
		config.setConnectionTimeout(2000);
		try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
			org.springframework.jdbc.datasource.DataSourceTransactionManager transactions =
					new org.springframework.jdbc.datasource.DataSourceTransactionManager(pool);
			SequenceGenerator desksSequences = new SequenceGenerator(
					org.springframework.jdbc.core.simple.JdbcClient.create(pool), transactions, pool);
			int period = ThreadLocalRandom.current().nextInt(2000, 1_000_000);
			desksSequences.next("desk-test", period);   // the period's sequence exists, as on any day but the year's first
			org.springframework.transaction.support.TransactionTemplate transaction =
					new org.springframework.transaction.support.TransactionTemplate(transactions);
			java.util.concurrent.CyclicBarrier allHoldTheirConnection = new java.util.concurrent.CyclicBarrier(desks);
			Set<Long> taken = ConcurrentHashMap.newKeySet();
			ExecutorService threads = Executors.newFixedThreadPool(desks);
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < desks; t++) {
					futures.add(threads.submit(() -> transaction.executeWithoutResult(status -> {
						try {
							allHoldTheirConnection.await(30, TimeUnit.SECONDS);
							taken.add(desksSequences.next("desk-test", period));
						}
						catch (Exception e) {
							throw new IllegalStateException(e);
						}
					})));
				}
				for (Future<?> f : futures) {
					f.get(60, TimeUnit.SECONDS);
				}
			}
			finally {
				threads.shutdownNow();
			}
			assertThat(taken).hasSize(desks).allMatch(n -> n >= 2 && n <= desks + 1);
		}
	}

	@Test
	void namesThatAreNotOursAreRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> SequenceGenerator.sequenceName("x'; DROP TABLE beneficiary; --", 1447));
		assertThat(SequenceGenerator.sequenceName("support-request", 1447)).isEqualTo("masar_seq_support_request_1447");
	}

	@Test
	void concurrentCallersNeverGetTheSameNumber() throws Exception {
		int period = ThreadLocalRandom.current().nextInt(2000, 1_000_000);
		int threads = 4;
		int perThread = 25;
		Set<Long> taken = ConcurrentHashMap.newKeySet();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit((Callable<Void>) () -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						taken.add(sequences.next("test", period));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : futures) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(taken).hasSize(threads * perThread);
		assertThat(taken).allMatch(n -> n >= 1 && n <= threads * perThread);
	}

}
