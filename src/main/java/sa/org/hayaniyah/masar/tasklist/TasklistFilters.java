package sa.org.hayaniyah.masar.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
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

import sa.org.hayaniyah.masar.common.CaseVariables;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;
import sa.org.hayaniyah.masar.security.AuthorizationSetup;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Shared Tasklist filters for each kind of work, sorted by the SLA due date, with the columns staff need. Kept by
 * name; staff may use them, not change them (a stored filter can hold expressions).
 */
@Component
class TasklistFilters {

	/** Process variables shown on every task card. */
	static final List<Map<String, String>> COLUMNS = List.of(column(CaseVariables.REFERENCE_NUMBER, "الرقم المرجعي"),
			column(CaseVariables.APPLICANT_NAME, "اسم المتقدم"), column(CaseVariables.CHANNEL, "القناة"),
			column(JourneyVariables.SUBMITTED_AT, "تاريخ التقديم"),
			column(JourneyVariables.COMMITTEE_DEADLINE_TEXT, "موعد رد اللجنة"));

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
		create("مهامي", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), AuthorizationSetup.STAFF);
		create("مهام مجموعاتي", -5, taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks(), AuthorizationSetup.STAFF);
		create("مهام الاستقبال", 0, taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks(),
				List.of(Roles.RECEPTION, Roles.SUPERVISORS));
		create("البحث الاجتماعي", 1, taskService.createTaskQuery().taskCandidateGroup(Roles.SOCIAL_RESEARCH).includeAssignedTasks(),
				List.of(Roles.SOCIAL_RESEARCH, Roles.SUPERVISORS));
		create("تصويت اللجنة", 2, taskService.createTaskQuery().taskDefinitionKey("Task_DecideOnSupportRequest"),
				List.of(Roles.RESEARCH_COMMITTEE, Roles.SUPERVISORS));
		create("المتأخرة عن موعدها", 3, taskService.createTaskQuery().dueBeforeExpression("${now()}"), AuthorizationSetup.STAFF);
		create("التصعيد", 4, taskService.createTaskQuery().taskCandidateGroup(Roles.SUPERVISORS).includeAssignedTasks(),
				List.of(Roles.SUPERVISORS));
	}

	private void create(String name, int priority, TaskQuery query, List<String> groups) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filterService.newTaskFilter(name).setOwner(null);
		}
		// query and columns follow the code at every start; staff cannot change shared filters anyway
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("description", name);
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", COLUMNS);
		filter = filterService.saveFilter(filter.setQuery(query.orderByDueDate().asc()).setProperties(properties));
		for (String group : groups) {
			authorizations.grant(new AuthorizationSetup.Grant(group, Resources.FILTER, filter.getId(), Permissions.READ));
		}
	}

	private static Map<String, String> column(ProcessVariable<?> variable, String label) {
		return Map.of("name", variable.name(), "label", label);
	}

}
