package sa.org.hayaniyah.masar.api;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * A user's mistake is not an ERROR: the engine logs an exception thrown by a task listener as ENGINE-16004 at ERROR
 * level, because it wraps it (Masar's {@link InvalidInputException} is a BadUserRequestException, which it would log
 * at debug). This drops those lines when the cause is Masar's validation; the caller gets the 400 with the reason.
 */
@Component
class UserMistakeLogFilter extends TurboFilter {

	@EventListener(ApplicationReadyEvent.class)
	void install() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && !context.getTurboFilterList().contains(this)) {
			start();
			context.addTurboFilter(this);
		}
	}

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
