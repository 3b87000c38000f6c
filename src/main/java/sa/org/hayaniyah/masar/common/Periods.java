package sa.org.hayaniyah.masar.common;

import java.time.Duration;

/**
 * Checks of configured periods, so a typo in application.yaml stops the start with the property's name.
 */
public final class Periods {

	private Periods() {
	}

	public static Duration requirePositive(Duration value, String property) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(property + " must be a positive ISO-8601 duration such as P14D");
		}
		return value;
	}

	public static void requireBefore(Duration earlier, Duration later, String earlierProperty, String laterProperty) {
		if (earlier.compareTo(later) >= 0) {
			throw new IllegalArgumentException(earlierProperty + " must come before " + laterProperty);
		}
	}

}
