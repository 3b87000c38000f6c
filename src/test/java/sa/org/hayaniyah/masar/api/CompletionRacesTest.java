package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/**
 * The race handling reads the task id out of the engine's two completion commands (no getter); a Camunda upgrade
 * that renames the field fails here rather than silently answering races with a 500 again.
 */
class CompletionRacesTest {

	@Test
	void theTaskOfBothCompletionCommandsIsFound() {
		assertThat(CompletionRaces.completedTaskId(new CompleteTaskCmd("task-1", Map.of()))).isEqualTo("task-1");
		assertThat(CompletionRaces.completedTaskId(new SubmitTaskFormCmd("task-2", Map.of(), false, false))).isEqualTo("task-2");
	}

	@Test
	void otherCommandsAreLeftAlone() {
		assertThat(CompletionRaces.completedTaskId(new ClaimTaskCmd("task-3", "reception1"))).isNull();
		assertThat(CompletionRaces.completedTaskId(context -> null)).isNull();
	}

}
