package sa.org.hayaniyah.masar.tasklist;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.security.AuthorizationSetup;

/**
 * Shared Tasklist filters so staff see their work as soon as they log in; created once, by name.
 */
@Component
class TasklistFilters {

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationSetup authorizations;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationSetup authorizations) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizations = authorizations;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		create("مهامي", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		create("مهام مجموعاتي", -5, taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks());
	}

	private void create(String name, int priority, TaskQuery query) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filterService.saveFilter(filterService.newTaskFilter(name)
				.setOwner(null)
				.setQuery(query.orderByDueDate().asc())
				.setProperties(Map.of("priority", priority, "description", name, "refresh", true)));
		}
		// staff may use the shared filters, not change them (a stored filter can hold expressions)
		for (String group : AuthorizationSetup.STAFF) {
			authorizations.grant(new AuthorizationSetup.Grant(group, Resources.FILTER, filter.getId(), Permissions.READ));
		}
	}

}
