package sa.org.hayaniyah.masar.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Login budgets as token buckets (Bucket4j), one per account and client address and one per address, kept in bounded
 * Caffeine caches. A login attempt takes a token from both before the password is checked and gives them back unless
 * it failed, so parallel guesses cannot overdraw a budget and good logins cost nothing. Buckets refill one token per
 * period, so a wait never exceeds that period: a stranger slows only their own address, never locks the account, and
 * the employee at another address is not affected.
 * <p>
 * An account that has just logged in from an address is not held to the reservation there: an employee's browser or a
 * client sends many calls at once, each with the same good password, and reserving a token for each made the sixth
 * parallel call a 429 (issue 21, load test). Its failures still cost tokens, and the first one ends the exemption.
 */
class LoginThrottle {

	/** Camunda user ids are at most 64 characters; longer names are cut so a key cannot grow the cache's memory. */
	private static final int MAX_USER_KEY = 64;

	private final LoginThrottleProperties properties;

	private final TimeMeter time;

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	/** Account and address pairs that logged in successfully within the last refill period times the budget. */
	private final Cache<String, Boolean> proven;

	public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
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
		this.accounts = cache(properties.perAccountAndAddress(), clock);
		this.addresses = cache(properties.perAddress(), clock);
		this.proven = Caffeine.newBuilder()
			.maximumSize(properties.maxTracked())
			.expireAfterWrite(properties.refillEvery().multipliedBy(properties.perAccountAndAddress()))
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** An entry untouched for longer than its bucket takes to fill up again is the same as a new one. */
	private Cache<String, Bucket> cache(int capacity, Clock clock) {
		return Caffeine.newBuilder()
			.maximumSize(properties.maxTracked())
			.expireAfterAccess(properties.refillEvery().multipliedBy(capacity))
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** Takes one attempt from the budgets of this account at this address and of the address. */
	public Attempt attempt(String user, String address) {
		String userKey = user.length() > MAX_USER_KEY ? user.substring(0, MAX_USER_KEY) : user;
		Bucket perAddress = addresses.get(address, key -> bucket(properties.perAddress()));
		String pair = userKey + '\n' + address;
		Bucket perAccount = accounts.get(pair, key -> bucket(properties.perAccountAndAddress()));
		if (proven.getIfPresent(pair) != null) {
			return new Attempt(Duration.ZERO, perAddress, perAccount, false, () -> proven.invalidate(pair),
					() -> proven.put(pair, Boolean.TRUE));
		}
		if (!perAddress.tryConsume(1)) {
			return new Attempt(wait(perAddress, perAccount), null, null, false, null, null);
		}
		if (!perAccount.tryConsume(1)) {
			perAddress.addTokens(1);
			return new Attempt(wait(perAddress, perAccount), null, null, false, null, null);
		}
		return new Attempt(Duration.ZERO, perAddress, perAccount, true, () -> {
		}, () -> proven.put(pair, Boolean.TRUE));
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(1, properties.refillEvery()))
			.withCustomTimePrecision(time)
			.build();
	}

	private static Duration wait(Bucket perAddress, Bucket perAccount) {
		return Duration.ofNanos(Math.max(perAddress.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
				perAccount.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
	}

	/** One login attempt: refused with a wait, or admitted and then settled by its outcome. */
	public static final class Attempt {

		private final Duration wait;

		private final Bucket perAddress;

		private final Bucket perAccount;

		/** Whether a token was taken from each budget before the password was checked. */
		private final boolean reserved;

		private final Runnable onFailure;

		private final Runnable onSuccess;

		private Attempt(Duration wait, Bucket perAddress, Bucket perAccount, boolean reserved, Runnable onFailure,
				Runnable onSuccess) {
			this.wait = wait;
			this.perAddress = perAddress;
			this.perAccount = perAccount;
			this.reserved = reserved;
			this.onFailure = onFailure;
			this.onSuccess = onSuccess;
		}

		public boolean admitted() {
			return perAddress != null;
		}

		/** How long the client waits before its next attempt; at most one refill period. */
		public Duration retryAfter() {
			return wait;
		}

		/** Anything but a failed password gives the attempt back; a failed one costs a token, reserved or not. */
		public void settle(boolean failed) {
			if (!admitted()) {
				return;
			}
			if (failed) {
				if (!reserved) {
					perAddress.consumeIgnoringRateLimits(1);
					perAccount.consumeIgnoringRateLimits(1);
				}
				onFailure.run();
			}
			else {
				if (reserved) {
					perAddress.addTokens(1);
					perAccount.addTokens(1);
				}
				onSuccess.run();
			}
		}

	}

}
