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
