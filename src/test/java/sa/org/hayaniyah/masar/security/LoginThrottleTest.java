package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The budgets on their own, on a clock the test moves: waits are bounded by one refill period however long the
 * attack, good logins cost nothing, and each address has its own budget.
 */
class LoginThrottleTest {

	/** A clock that only moves when told to. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-12-01T09:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

	}

	final TestClock clock = new TestClock();

	final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, 30, Duration.ofMinutes(1), 1000), clock);

	private boolean fail(String user, String address) {
		LoginThrottle.Attempt attempt = throttle.attempt(user, address);
		attempt.settle(true);
		return attempt.admitted();
	}

	@Test
	void tenThousandFailuresNeverMakeTheWaitLongerThanOneRefill() {
		int admitted = 0;
		Duration longest = Duration.ZERO;
		for (int i = 0; i < 10_000; i++) {
			LoginThrottle.Attempt attempt = throttle.attempt("reception1", "203.0.113.9");
			attempt.settle(true);
			admitted += attempt.admitted() ? 1 : 0;
			longest = attempt.retryAfter().compareTo(longest) > 0 ? attempt.retryAfter() : longest;
		}
		System.out.printf("10,000 rapid failures from one address: %d admitted, longest wait %s%n", admitted, longest);
		assertThat(admitted).isEqualTo(5);
		assertThat(longest).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));

		clock.advance(longest);
		assertThat(throttle.attempt("reception1", "203.0.113.9").admitted()).as("not locked once the wait has passed").isTrue();
	}

	@Test
	void theAccountStaysOpenFromAnotherAddress() {
		for (int i = 0; i < 50; i++) {
			fail("reception1", "203.0.113.9");
		}
		assertThat(throttle.attempt("reception1", "203.0.113.9").admitted()).isFalse();
		assertThat(throttle.attempt("reception1", "198.51.100.4").admitted()).isTrue();
	}

	@Test
	void successfulLoginsCostNothing() {
		for (int i = 0; i < 1000; i++) {
			LoginThrottle.Attempt attempt = throttle.attempt("reception1", "198.51.100.4");
			assertThat(attempt.admitted()).isTrue();
			attempt.settle(false);
		}
	}

	@Test
	void anEmployeeWhoJustLoggedInMaySendManyCallsAtOnce() {
		LoginThrottle.Attempt first = throttle.attempt("reception1", "198.51.100.4");
		first.settle(false);
		// fifty calls in flight at once, none settled yet: before, the sixth was refused with 429
		java.util.List<LoginThrottle.Attempt> inFlight = new java.util.ArrayList<>();
		for (int i = 0; i < 50; i++) {
			inFlight.add(throttle.attempt("reception1", "198.51.100.4"));
		}
		assertThat(inFlight).allMatch(LoginThrottle.Attempt::admitted);
		inFlight.forEach(attempt -> attempt.settle(false));
		assertThat(throttle.attempt("reception1", "203.0.113.9").admitted()).as("another address is not proven").isTrue();
	}

	@Test
	void aFailedPasswordEndsTheExemptionAndCostsItsToken() {
		throttle.attempt("reception1", "203.0.113.9").settle(false);
		assertThat(fail("reception1", "203.0.113.9")).isTrue();
		int admitted = 0;
		for (int i = 0; i < 100; i++) {
			admitted += fail("reception1", "203.0.113.9") ? 1 : 0;
		}
		assertThat(admitted).as("4 tokens left after the failure that ended the exemption").isEqualTo(4);
	}

	@Test
	void oneAddressTryingManyAccountsSpendsItsOwnBudget() {
		int admitted = 0;
		for (int i = 0; i < 100; i++) {
			admitted += fail("user" + i, "203.0.113.9") ? 1 : 0;
		}
		assertThat(admitted).isEqualTo(30);
		assertThat(throttle.attempt("user100", "203.0.113.10").admitted()).isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.attempt("user100", "203.0.113.9").admitted()).isTrue();
	}

	@Test
	void aRefusedAttemptDoesNotSpendTheAddressBudget() {
		for (int i = 0; i < 5; i++) {
			fail("reception1", "203.0.113.9");
		}
		for (int i = 0; i < 100; i++) {
			assertThat(throttle.attempt("reception1", "203.0.113.9").admitted()).isFalse();
		}
		assertThat(throttle.attempt("reception2", "203.0.113.9").admitted()).as("25 of the address's 30 left").isTrue();
	}

	@Test
	void budgetsAreBoundedAtLoad() {
		assertThat(new LoginThrottleProperties(null, null, null, null)).isEqualTo(
				new LoginThrottleProperties(5, 30, Duration.ofMinutes(1), 100_000));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LoginThrottleProperties(5, 30, Duration.ofHours(1), 10));
	}

	@Test
	void userNamesAreReadFromBasicHeadersAndLoginForms() {
		assertThat(LoginThrottleFilter.basicUser("Basic cmVjZXB0aW9uMTpwdw==")).isEqualTo("reception1");
		assertThat(LoginThrottleFilter.basicUser("basic cmVjZXB0aW9uMTpwdw==")).isEqualTo("reception1");
		assertThat(LoginThrottleFilter.basicUser("Basic !!!")).isNull();
		assertThat(LoginThrottleFilter.basicUser("Bearer x")).isNull();
		assertThat(LoginThrottleFilter.formField("password=a%26b&username=%D9%86%D9%88%D8%B1%D8%A9", "username")).isEqualTo("نورة");
		assertThat(LoginThrottleFilter.formField("username=%zz", "username")).isEqualTo("%zz");
		assertThat(LoginThrottleFilter.formField("password=x", "username")).isEmpty();
	}

}
