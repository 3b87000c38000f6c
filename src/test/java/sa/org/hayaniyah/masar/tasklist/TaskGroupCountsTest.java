package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/** Which task counts the group counters answer: the pure group query only, asked by the groups' member. */
class TaskGroupCountsTest {

	@Test
	void aGroupsTasksAssignedOrNotAreCounted() {
		assertThat(counted(as("reception1", "reception"), q -> q.taskCandidateGroup("reception").includeAssignedTasks()))
			.containsExactly("reception");
		// a filter's order does not change its count
		assertThat(counted(as("reception1", "reception"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().orderByDueDate().asc()))
			.containsExactly("reception");
		assertThat(counted(as("supervisor1", "reception", "supervisors"),
				q -> q.taskCandidateGroupIn(List.of("reception", "supervisors")).includeAssignedTasks()))
			.containsExactly("reception", "supervisors");
	}

	@Test
	void anyOtherCriterionCountsTasks() {
		List<UnaryOperator<TaskQuery>> others = List.of(
				q -> q.taskCandidateGroup("reception"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().active(),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().processVariableValueEquals("nationalId", "1"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().processInstanceBusinessKey("HY-1"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().taskDefinitionKey("Task_ReceiveBeneficiary"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().taskUnassigned(),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().dueBefore(new Date()),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().withoutTenantId(),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().tenantIdIn("t1"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().withCandidateGroups(),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().taskName("استقبال"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().excludeSubtasks(),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().taskDelegationState(org.camunda.bpm.engine.task.DelegationState.PENDING),
				// an expression the engine would evaluate into another criterion
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().dueBeforeExpression("${now()}"),
				q -> q.taskCandidateGroup("reception").taskCandidateGroupIn(List.of("reception")).includeAssignedTasks(),
				q -> q.taskCandidateGroupLike("rec%").includeAssignedTasks(),
				q -> q.taskCandidateUser("reception1").includeAssignedTasks(),
				q -> q.taskAssignee("reception1"),
				q -> q.taskCandidateGroup("reception").includeAssignedTasks().or().taskAssignee("reception1")
					.taskName("x").endOr());
		for (UnaryOperator<TaskQuery> other : others) {
			TaskQueryImpl query = as("reception1", "reception");
			assertThat(counted(query, other)).as("%s", query).isNull();
		}
	}

	@Test
	void anotherGroupsRevocationsOrTenantsCountTasks() {
		assertThat(counted(as("researcher1", "social-research"), q -> q.taskCandidateGroup("reception").includeAssignedTasks()))
			.isNull();
		assertThat(counted(as("reception1", "reception"),
				q -> q.taskCandidateGroupIn(List.of("reception", "supervisors")).includeAssignedTasks())).isNull();
		TaskQueryImpl revokes = as("reception1", "reception");
		revokes.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
		assertThat(counted(revokes, q -> q.taskCandidateGroup("reception").includeAssignedTasks())).isNull();
		TaskQueryImpl tenant = as("reception1", "reception");
		tenant.getTenantCheck().setAuthTenantIds(List.of("t1"));
		assertThat(counted(tenant, q -> q.taskCandidateGroup("reception").includeAssignedTasks())).isNull();
		TaskQueryImpl allTenants = as("reception1", "reception");
		allTenants.getTenantCheck().setTenantCheckEnabled(false);
		assertThat(counted(allTenants, q -> q.taskCandidateGroup("reception").includeAssignedTasks())).isNull();
		assertThat(counted(new TaskQueryImpl(), q -> q.taskCandidateGroup("reception").includeAssignedTasks())).isNull();
	}

	@Test
	void outsideAnEngineCommandTasksAreCounted() {
		TaskQueryImpl query = as("reception1", "reception");
		query.taskCandidateGroup("reception").includeAssignedTasks();
		assertThat(TaskGroupCounts.groups(query)).isNull();
	}

	private static List<String> counted(TaskQueryImpl query, UnaryOperator<TaskQuery> criteria) {
		return TaskGroupCounts.countedGroups((TaskQueryImpl) criteria.apply(query));
	}

	/** As the engine configures a query of an authenticated user without tenants. */
	private static TaskQueryImpl as(String user, String... groups) {
		TaskQueryImpl query = new TaskQueryImpl();
		query.getAuthCheck().setAuthorizationCheckEnabled(true);
		query.getAuthCheck().setAuthUserId(user);
		query.getAuthCheck().setAuthGroupIds(List.of(groups));
		query.getTenantCheck().setTenantCheckEnabled(true);
		query.getTenantCheck().setAuthTenantIds(List.of());
		return query;
	}

}
