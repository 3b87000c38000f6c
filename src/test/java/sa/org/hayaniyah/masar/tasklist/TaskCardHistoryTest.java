package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.junit.jupiter.api.Test;

/** Which history events the card copies leave out (issue 22): only a task's own copy of a card column. */
class TaskCardHistoryTest {

	@Test
	void aTasksCopyOfACardColumnIsLeftOut() {
		assertThat(TaskCardVariables.cardCopy(variable("task-1", "referenceNumber"))).isTrue();
		assertThat(TaskCardVariables.NAMES).allSatisfy(name -> assertThat(TaskCardVariables.cardCopy(variable("task-1", name))).isTrue());
	}

	@Test
	void theRequestsOwnVariablesAndOtherTaskVariablesAreKept() {
		assertThat(TaskCardVariables.cardCopy(variable(null, "referenceNumber"))).as("the process variable").isFalse();
		assertThat(TaskCardVariables.cardCopy(variable("task-1", "referralReasonOptions"))).as("another task variable").isFalse();
		assertThat(TaskCardVariables.cardCopy(variable(null, "applicantName"))).isFalse();
		assertThat(TaskCardVariables.cardCopy(new HistoricActivityInstanceEventEntity())).as("not a variable").isFalse();
	}

	private static HistoricVariableUpdateEventEntity variable(String taskId, String name) {
		HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
		event.setTaskId(taskId);
		event.setVariableName(name);
		return event;
	}

}
