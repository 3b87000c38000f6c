package sa.org.hayaniyah.masar;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Points the Spring context at the selected test database and resets the engine clock after each test.
 */
public abstract class DatabaseTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

}
