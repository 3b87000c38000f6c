package sa.org.hayaniyah.masar.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}: domain records and engine timers agree on "now",
 * and tests move both with {@code ClockUtil}.
 */
class EngineClock extends Clock {

	private final ZoneId zone;

	public EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
