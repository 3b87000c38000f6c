package sa.org.hayaniyah.masar.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed logins allowed before a wait ({@code masar.login-throttle}): per account and client address, and per address
 * across all accounts. Each budget gets one attempt back every {@code refillEvery}, so no wait is ever longer than
 * that and nothing is locked for good.
 */
@ConfigurationProperties("masar.login-throttle")
record LoginThrottleProperties(Integer perAccountAndAddress, Integer perAddress, Duration refillEvery,
		Integer maxTracked) {

	public LoginThrottleProperties {
		perAccountAndAddress = perAccountAndAddress == null ? 5 : perAccountAndAddress;
		perAddress = perAddress == null ? 30 : perAddress;
		refillEvery = refillEvery == null ? Duration.ofMinutes(1) : refillEvery;
		maxTracked = maxTracked == null ? 100_000 : maxTracked;
		if (perAccountAndAddress < 1 || perAddress < 1 || maxTracked < 1 || refillEvery.isNegative() || refillEvery.isZero()
				|| refillEvery.compareTo(Duration.ofMinutes(15)) > 0) {
			throw new IllegalArgumentException(
					"masar.login-throttle: budgets and max-tracked must be positive, refill-every between 1 ms and 15 minutes");
		}
	}

}
