package sa.org.hayaniyah.masar.api;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.PreCommandInterceptors;

/**
 * Two people completing one task at the same moment. The loser usually fails at flush with an optimistic lock (409),
 * but under read committed it can also read the task before the winner's commit and its execution after it, and the
 * engine then fails half-way (a NullPointerException in the next activity's behaviour, seen on H2 about once in seven
 * races), which Camunda answers with a 500. A completion that failed while its task is gone afterwards lost that race:
 * it is answered as a task no longer there, which {@link AlreadyDone} turns into "a colleague did it" for those who
 * could have worked on it. Nothing of the loser's command was committed (its transaction rolled back).
 */
@Component
class CompletionRaces extends AbstractProcessEnginePlugin {

	private static final Field COMPLETE_TASK_ID = taskIdField(CompleteTaskCmd.class);

	private static final Field SUBMIT_TASK_ID = taskIdField(SubmitTaskFormCmd.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		PreCommandInterceptors.addLast(configuration, () -> new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				String taskId = completedTaskId(command);
				if (taskId == null) {
					return next.execute(command);
				}
				try {
					return next.execute(command);
				}
				catch (RuntimeException failure) {
					if (alreadyUnderstood(failure) || !gone(configuration, taskId)) {
						throw failure;
					}
					throw new NullValueException("Cannot find task with id " + taskId + ": completed by another command meanwhile",
							failure);
				}
			}

		});
	}

	/** The engine's own "not found" and "lost at flush" already have their answers (404, 409). */
	private static boolean alreadyUnderstood(RuntimeException failure) {
		return failure instanceof OptimisticLockingException || EngineRestErrors.taskGone(failure);
	}

	/** Asked only after a failure; if the database cannot answer either (an outage), the original failure stands. */
	private static boolean gone(ProcessEngineConfigurationImpl configuration, String taskId) {
		try {
			return configuration.getCommandExecutorTxRequiresNew()
				.execute(context -> context.getTaskManager().findTaskById(taskId) == null);
		}
		catch (RuntimeException unanswered) {
			return false;
		}
	}

	static String completedTaskId(Command<?> command) {
		Field field = command instanceof CompleteTaskCmd ? COMPLETE_TASK_ID
				: command instanceof SubmitTaskFormCmd ? SUBMIT_TASK_ID : null;
		if (field == null) {
			return null;
		}
		try {
			return (String) field.get(command);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Both commands keep the task's id in a protected field and expose no getter. */
	private static Field taskIdField(Class<?> command) {
		try {
			Field field = command.getDeclaredField("taskId");
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException(command.getName() + " no longer has the field taskId", e);
		}
	}

}
