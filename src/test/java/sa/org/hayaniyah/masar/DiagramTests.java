package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The fast tier's diagram tests (issue 25), as Camunda 7's testing guidance has them: the engine alone on in-memory H2,
 * without Spring, every bean a diagram names replaced through {@code Mocks.register} (the {@link MockExpressionManager}
 * resolves {@code ${name}} from there), time moved with {@link ClockUtil} and jobs run by hand.
 */
public final class DiagramTests {

	/** One engine for every diagram test class: built once per JVM, each test deploys and removes its own diagrams. */
	private static ProcessEngine engine;

	private DiagramTests() {
	}

	public static synchronized ProcessEngineExtension extension() {
		if (engine == null) {
			StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
			configuration.setProcessEngineName("masar-diagrams");
			configuration.setJdbcUrl("jdbc:h2:mem:masar-diagrams;DB_CLOSE_DELAY=-1");
			configuration.setJobExecutorActivate(false); // the tests run each job themselves
			configuration.setHistory("full"); // as in production; hasPassed() reads the history
			configuration.setExpressionManager(new MockExpressionManager());
			configuration.setEnforceHistoryTimeToLive(true);
			configuration.setJavaSerializationFormatEnabled(false);
			engine = configuration.buildProcessEngine();
		}
		return ProcessEngineExtension.builder().useProcessEngine(engine).build();
	}

	/** The one job of this instance waiting at the activity (a timer, or an asynchronous continuation). */
	public static Job job(ProcessInstance instance, String activityId) {
		List<Job> jobs = jobs(instance, activityId);
		assertThat(jobs).as("jobs at " + activityId).hasSize(1);
		return jobs.get(0);
	}

	public static List<Job> jobs(ProcessInstance instance, String activityId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.orderByJobId()
			.asc()
			.list();
	}

	public static boolean hasJob(ProcessInstance instance, String activityId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.count() > 0;
	}

	/** Moves the engine's clock to the timer's due date and fires it: no sleeping, no job executor. */
	public static void fireTimer(ProcessInstance instance, String activityId) {
		Job timer = job(instance, activityId);
		assertThat(timer.getDuedate()).as("due date of " + activityId).isNotNull();
		ClockUtil.setCurrentTime(timer.getDuedate());
		engine.getManagementService().executeJob(timer.getId());
	}

	/** Runs the asynchronous continuation waiting at the activity. */
	public static void runJob(ProcessInstance instance, String activityId) {
		engine.getManagementService().executeJob(job(instance, activityId).getId());
	}

	/** The form the task names (formRefBinding="deployment") came in the same deployment as the diagram. */
	public static void assertFormDeployed(Task task) {
		try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
			assertThat(form).as("form of " + task.getTaskDefinitionKey()).isNotNull();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A stand-in for {@code satisfaction-survey} (tested on its own), which journey and inquiry call: it waits at
	 * {@value #SURVEY_STUB_TASK}, so a test sees what the caller passed before letting the caller go on.
	 */
	public static BpmnModelInstance surveyStub() {
		return Bpmn.createExecutableProcess("satisfaction-survey")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask(SURVEY_STUB_TASK)
			.endEvent()
			.done();
	}

	public static final String SURVEY_STUB_TASK = "SurveyStub";

	public static Date at(String instant) {
		return Date.from(java.time.Instant.parse(instant));
	}

	/**
	 * {@code sendNotificationDelegate}: a fake rather than a Mockito mock, because the engine injects the send task's
	 * {@code template} and {@code toGroup} fields through setters, which a mock would swallow.
	 */
	public static final class Notifications implements JavaDelegate {

		/** {@code reference}: the case's reference as the real delegate takes it, referenceNumber or the business key. */
		public record Sent(String activityId, String template, String toGroup, String reference) {
		}

		private final List<Sent> sent = new ArrayList<>();

		private Expression template;

		private Expression toGroup;

		public void setTemplate(Expression template) {
			this.template = template;
		}

		public void setToGroup(Expression toGroup) {
			this.toGroup = toGroup;
		}

		@Override
		public void execute(DelegateExecution execution) {
			sent.add(new Sent(execution.getCurrentActivityId(), (String) template.getValue(execution),
					toGroup == null ? null : (String) toGroup.getValue(execution),
					execution.getVariable("referenceNumber") != null ? execution.getVariable("referenceNumber").toString()
							: execution.getProcessBusinessKey()));
			// fields stay on a shared bean: forget them, so a send task without toGroup does not inherit another's
			template = null;
			toGroup = null;
		}

		public List<String> templates() {
			return sent.stream().map(Sent::template).toList();
		}

		public List<Sent> sent() {
			return sent;
		}

	}

	/**
	 * {@code closeSupportRequestListener}: a fake for the same reason as {@link Notifications}, its {@code outcome} field
	 * is injected through a setter. Records "activity:outcome" for each call.
	 */
	public static final class OutcomeListener implements ExecutionListener {

		private final List<String> values = new ArrayList<>();

		private Expression value;

		public void setOutcome(Expression outcome) {
			this.value = outcome;
		}

		@Override
		public void notify(DelegateExecution execution) {
			assertThat(value).as("outcome field").isNotNull();
			values.add(execution.getCurrentActivityId() + ":" + value.getValue(execution));
			value = null;
		}

		public List<String> values() {
			return values;
		}

	}

}
