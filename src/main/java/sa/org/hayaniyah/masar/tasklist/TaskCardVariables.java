package sa.org.hayaniyah.masar.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The columns of the shared Tasklist filters (reference number, applicant, channel, dates) are copied onto every
 * user task when it is created. Staff read a task's own variables with the task; the request's process variables
 * stay readable only by supervisors, so the task cards can show the columns without widening anyone's rights.
 * <p>
 * The copies are a display device, not data: they are kept out of the engine's history (issue 22: five variables on
 * every user task, each a history row, a detail row and an update when the task ends, about 150 history writes per
 * journey). The request's own process variables, which they copy, keep their full history, so the audit trail is the
 * same.
 */
@Component
class TaskCardVariables extends AbstractProcessEnginePlugin {

	static final List<String> NAMES = TasklistFilters.COLUMNS.stream().map(column -> column.get("name")).toList();

	private static final TaskListener COPY = (DelegateTask task) -> {
		for (String name : NAMES) {
			Object value = task.getVariable(name);
			if (value != null) {
				task.setVariableLocal(name, value);
			}
		}
	};

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
			}

		});
	}

	/** After init, when the engine's history handler (with every module's additions) is in place: it wraps it. */
	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new WithoutCardCopies(configuration.getHistoryEventHandler()));
	}

	/** A card copy: a task-local variable of one of the columns' names (only this listener makes those). */
	static boolean cardCopy(HistoryEvent event) {
		return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
				&& NAMES.contains(variable.getVariableName());
	}

	private record WithoutCardCopies(HistoryEventHandler next) implements HistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (!cardCopy(event)) {
				next.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			next.handleEvents(events.stream().filter(event -> !cardCopy(event)).toList());
		}

	}

}
