package sa.org.hayaniyah.masar.api;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * A user's mistake is not an ERROR: the engine logs an exception thrown by a task listener as ENGINE-16004 at ERROR
 * level, because it wraps it (Masar's {@link InvalidInputException} is a BadUserRequestException, which it would log
 * at debug). This drops those lines when the cause is Masar's validation; the caller gets the 400 with the reason.
 * Public: Logback creates it by name from {@code logback-spring.xml}.
 */
public class UserMistakeLogFilter extends TurboFilter {

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm.engine")) {
			return FilterReply.NEUTRAL;
		}
		Throwable thrown = t;
		if (thrown == null && params != null) {
			for (Object param : params) {
				if (param instanceof Throwable throwable) {
					thrown = throwable;
				}
			}
		}
		return thrown != null && InvalidInputException.in(thrown) != null ? FilterReply.DENY : FilterReply.NEUTRAL;
	}

}
