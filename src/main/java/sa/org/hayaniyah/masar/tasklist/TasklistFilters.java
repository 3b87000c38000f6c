package sa.org.hayaniyah.masar.tasklist;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters so staff see their work as soon as they log in; created once, by name.
 */
@Component
class TasklistFilters {

	private final FilterService filterService;

	private final TaskService taskService;

	TasklistFilters(FilterService filterService, TaskService taskService) {
		this.filterService = filterService;
		this.taskService = taskService;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		create("مهامي", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		create("مهام مجموعاتي", -5, taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks());
	}

	private void create(String name, int priority, TaskQuery query) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filterService.newTaskFilter(name)
			.setOwner(null)
			.setQuery(query.orderByDueDate().asc())
			.setProperties(Map.of("priority", priority, "description", name, "refresh", true));
		filterService.saveFilter(filter);
	}

}
