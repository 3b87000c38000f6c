package sa.org.hayaniyah.masar.api;

import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * Token buckets (Bucket4j) for the public endpoints: one per client IP and endpoint, one per national ID. Time is the
 * application's clock (the engine's), so tests move it instead of sleeping. The buckets live in memory, the least
 * recently used forgotten past {@code tracked-clients}: a flood of addresses cannot exhaust the heap.
 */
@Component
public class RateLimits {

	static final String ARABIC = "عدد الطلبات أكثر من المسموح، يرجى المحاولة بعد قليل";

	/** A client or national ID has used its requests for now. */
	public static final class LimitExceeded extends RuntimeException {

		private final long retryAfterSeconds;

		LimitExceeded(long retryAfterSeconds) {
			super("rate limit exceeded");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public long retryAfterSeconds() {
			return retryAfterSeconds;
		}

	}

	private final RateLimitProperties properties;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets;

	RateLimits(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		int tracked = properties.trackedClients();
		this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > tracked;
			}

		});
	}

	/** Seconds until the client may try again, or 0 when this request may go on. */
	long tryClient(String endpoint, String address) {
		return consume("ip:" + endpoint + ":" + address, properties.perIp());
	}

	/** Throws {@link LimitExceeded} when this national ID has asked too often through the public endpoints. */
	public void requireNationalId(String nationalId) {
		if (nationalId == null) {
			return;
		}
		long wait = consume("id:" + nationalId, properties.perNationalId());
		if (wait > 0) {
			throw new LimitExceeded(wait);
		}
	}

	/** Forgets every bucket, as after a restart (tests that send thousands of requests use it). */
	public void forgetAll() {
		buckets.clear();
	}

	private long consume(String key, RateLimitProperties.Limit limit) {
		Supplier<Bucket> create = () -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
			.withCustomTimePrecision(time)
			.build();
		Bucket bucket = buckets.computeIfAbsent(key, k -> create.get());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
	}

	static ResponseEntity<ProblemDetail> tooMany(long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again later");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("arabic", ARABIC);
		problem.setProperty("violations", List.of(new Violation("request", ARABIC, "too many requests")));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
			.body(problem);
	}

}
