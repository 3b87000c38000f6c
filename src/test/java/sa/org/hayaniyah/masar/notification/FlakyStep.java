package sa.org.hayaniyah.masar.notification;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step that fails the next {@link #failures} times, so a test can make an engine job fail after a notification
 * was written in the same transaction and see the retry.
 */
@Component("flakyStep")
public class FlakyStep implements JavaDelegate {

	final AtomicInteger failures = new AtomicInteger();

	@Override
	public void execute(DelegateExecution execution) {
		if (failures.getAndDecrement() > 0) {
			throw new IllegalStateException("simulated failure after the notification was written");
		}
	}

}
