package sa.org.hayaniyah.masar.tasklist;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;

/**
 * Decides when a task count is answered by PostgreSQL's counters of open tasks per set of candidate groups
 * ({@code task_group_count}, kept by triggers on the engine's identity links, migration V38) instead of counting
 * tasks (issue 22: counting reception's 100,000 waiting tasks took over 200 ms at every Tasklist refresh).
 * <p>
 * Only for the one query the counters answer: tasks offered to the given groups, assigned or not
 * ({@code taskCandidateGroup(g).includeAssignedTasks()} or {@code taskCandidateGroupIn(groups).includeAssignedTasks()},
 * as the group filters of {@link TasklistFilters} ask), asked by a member of every group whose own grants cover the
 * answer ({@link ImpliedTaskGrants}), with the tenant check counting tasks without a tenant only. The query must equal
 * that canonical query field by field (every field of the engine's {@code TaskQueryImpl}, so a criterion a newer
 * engine adds counts as a difference) and in the engine's own JSON form of a query; the order asked for does not
 * change a count. Anything else counts tasks as before.
 */
public final class TaskGroupCounts {

	/**
	 * Fields that do not choose tasks: caches, what is returned with each task, and how a name or variables are matched
	 * (the name and variables themselves are compared); {@code queries} is checked apart.
	 */
	private static final Set<String> NOT_CRITERIA = Set.of("cachedCandidateGroups", "cachedUserGroups", "queries",
			"initializeFormKeys", "withCommentAttachmentInfo", "taskNameCaseInsensitive", "variableNamesIgnoreCase",
			"variableValuesIgnoreCase");

	/** Expressions the engine has already evaluated into the candidate groups compared. */
	private static final Set<String> GROUP_EXPRESSIONS = Set.of("taskCandidateGroupExpression", "taskCandidateGroupInExpression");

	private static final List<Field> FIELDS = criteria();

	private TaskGroupCounts() {
	}

	/**
	 * Called from Masar's {@code Task.xml} while the engine counts: the groups whose counters give the count, or null
	 * to count tasks.
	 */
	public static List<String> groups(TaskQueryImpl query) {
		ProcessEngineConfigurationImpl engine = Context.getCommandContext() == null ? null
				: Context.getProcessEngineConfiguration();
		if (!(engine instanceof TaskQueryMapping.Engine masar) || !masar.taskGroupCounts) {
			return null;
		}
		return countedGroups(query);
	}

	/** The groups when the query is exactly "tasks offered to these groups" and the user's own grants cover it. */
	static List<String> countedGroups(TaskQueryImpl query) {
		if (query.getQueries().size() != 1 || query.getQueries().get(0) != query) {
			return null;
		}
		TaskQueryImpl canonical = new TaskQueryImpl();
		List<String> groups;
		if (query.getCandidateGroup() != null && query.getCandidateGroupsInternal() == null) {
			groups = List.of(query.getCandidateGroup());
			canonical.taskCandidateGroup(query.getCandidateGroup());
		}
		else if (query.getCandidateGroup() == null && query.getCandidateGroupsInternal() != null
				&& !query.getCandidateGroupsInternal().isEmpty()) {
			groups = List.copyOf(query.getCandidateGroupsInternal());
			canonical.taskCandidateGroupIn(groups);
		}
		else {
			return null;
		}
		canonical.includeAssignedTasks();
		boolean exactly = sameCriteria(query, canonical) && json(query).equals(json(canonical));
		return exactly && ImpliedTaskGrants.implied(query) && withoutTenants(query.getTenantCheck()) ? groups : null;
	}

	/** The tenant check lets only tasks without a tenant through: the counters count nothing else. */
	private static boolean withoutTenants(TenantCheck check) {
		return check != null && check.isTenantCheckEnabled()
				&& (check.getAuthTenantIds() == null || check.getAuthTenantIds().isEmpty());
	}

	private static boolean sameCriteria(TaskQueryImpl query, TaskQueryImpl canonical) {
		try {
			for (Field field : FIELDS) {
				if (!Objects.deepEquals(field.get(query), field.get(canonical))) {
					return false;
				}
			}
			return true;
		}
		catch (IllegalAccessException e) {
			return false;
		}
	}

	private static String json(TaskQueryImpl query) {
		var json = new JsonTaskQueryConverter().toJsonObject(query);
		json.remove(JsonTaskQueryConverter.ORDERING_PROPERTIES);
		GROUP_EXPRESSIONS.forEach(json::remove);
		return json.toString();
	}

	private static List<Field> criteria() {
		List<Field> fields = new ArrayList<>();
		for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && !NOT_CRITERIA.contains(field.getName())) {
				field.setAccessible(true);
				fields.add(field);
			}
		}
		return List.copyOf(fields);
	}

}
