package sa.org.hayaniyah.masar.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The columns of the shared Tasklist filters (reference number, applicant, channel, dates) are copied onto every
 * user task when it is created. Staff read a task's own variables with the task; the request's process variables
 * stay readable only by supervisors, so the task cards can show the columns without widening anyone's rights.
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

}
