package sa.org.hayaniyah.masar;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tests that walk the journey: BPM Assert bound to the engine, and the engine clock at a fixed morning.
 */
public abstract class JourneyTestSupport extends DatabaseTestSupport {

	@Autowired
	protected ProcessEngine engine;

	@Autowired
	protected JourneyDriver journey;

	@Autowired
	protected RuntimeService runtimeService;

	@Autowired
	protected TaskService taskService;

	@BeforeEach
	void startTheClock() {
		init(engine);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-22T07:00:00Z")));
	}

}
