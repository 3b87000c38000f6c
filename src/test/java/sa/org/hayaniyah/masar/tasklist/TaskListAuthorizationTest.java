package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Need-to-know on the task lists with the EXISTS authorization check (issue 22): with authorization on, each user's
 * queries return only the tasks offered to her groups or assigned to her, supervisors read all, and every count agrees
 * with its list, for the queries Tasklist sends (its filters, searches and {@code orQueries}).
 */
@MasarIntegrationTest
class TaskListAuthorizationTest extends DatabaseTestSupport {

	@Autowired
	JourneyDriver journey;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	/** Waits at reception, assigned to reception1 who received the applicant. */
	ProcessInstance receivedByReception1;

	/** Waits at reception, claimed by nobody (as an online request). */
	ProcessInstance unclaimed;

	/** Waits for the committee's votes, one task assigned to each member. */
	ProcessInstance voting;

	@BeforeEach
	void requests() {
		receivedByReception1 = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		unclaimed = journey.startAtOffice("reception2", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		taskService.setAssignee(task(unclaimed).getId(), null);
		voting = journey.toCommittee(TestApplicants.nationalId());
	}

	@AfterEach
	void logOut() {
		identityService.clearAuthentication();
	}

	@Test
	void receptionSeesItsGroupsTasksAndNoneOfTheCommittees() {
		Set<String> groupList = ids("reception1", List.of(Roles.RECEPTION),
				q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks());
		assertThat(groupList).contains(task(receivedByReception1).getId(), task(unclaimed).getId())
			.doesNotContainAnyElementsOf(taskIds(voting));

		Set<String> everything = ids("reception1", List.of(Roles.RECEPTION), q -> q);
		assertThat(everything).doesNotContainAnyElementsOf(taskIds(voting));
		everything.forEach(task -> assertThat(offeredTo(task, "reception1", Roles.RECEPTION))
			.as("reception1 may see task %s", task).isTrue());

		assertThat(ids("reception1", List.of(Roles.RECEPTION), q -> q.taskAssignee("reception1")))
			.contains(task(receivedByReception1).getId())
			.doesNotContain(task(unclaimed).getId());
	}

	@Test
	void orQueriesAsTasklistSendsThemKeepNeedToKnow() {
		// "my groups' tasks" and a search by reference, as Tasklist's filter and search box send them
		Set<String> mine = ids("reception1", List.of(Roles.RECEPTION), q -> q.or()
			.taskCandidateGroupIn(List.of(Roles.RECEPTION))
			.taskAssignee("reception1")
			.endOr());
		assertThat(mine).contains(task(receivedByReception1).getId(), task(unclaimed).getId())
			.doesNotContainAnyElementsOf(taskIds(voting));

		String votingReference = reference(voting);
		String unclaimedReference = reference(unclaimed);
		assertThat(ids("reception1", List.of(Roles.RECEPTION), q -> q.or()
			.processInstanceBusinessKeyLike("%" + votingReference + "%")
			.taskNameLike("%" + votingReference + "%")
			.endOr())).isEmpty();
		assertThat(ids("reception1", List.of(Roles.RECEPTION), q -> q.or()
			.processInstanceBusinessKeyLike("%" + unclaimedReference + "%")
			.taskNameLike("%" + unclaimedReference + "%")
			.endOr())).containsExactly(task(unclaimed).getId());
	}

	@Test
	void otherGroupsDoNotSeeReceptionsTasks() {
		Set<String> reception = Set.of(task(receivedByReception1).getId(), task(unclaimed).getId());
		assertThat(ids("researcher1", List.of(Roles.SOCIAL_RESEARCH), q -> q)).doesNotContainAnyElementsOf(reception);
		assertThat(ids("researcher1", List.of(Roles.SOCIAL_RESEARCH),
				q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks())).isEmpty();

		Set<String> committee1 = ids("committee1", List.of(Roles.RESEARCH_COMMITTEE), q -> q);
		assertThat(committee1).doesNotContainAnyElementsOf(reception);
		// a member sees her own vote, not her colleagues'
		assertThat(taskIds(voting)).filteredOn(committee1::contains).singleElement()
			.satisfies(task -> assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
				.isEqualTo("committee1"));
	}

	@Test
	void noRestrictionLetsAResearcherListOrCountReceptionsTasks() {
		// the authorization check is left out only for what the engine granted the asking user (ImpliedTaskGrants)
		Set<String> reception = Set.of(task(receivedByReception1).getId(), task(unclaimed).getId());
		String unclaimedReference = reference(unclaimed);
		List<Function<TaskQuery, TaskQuery>> attempts = List.of(
				q -> q.taskCandidateGroup(Roles.RECEPTION),
				q -> q.taskCandidateGroupIn(List.of(Roles.RECEPTION, Roles.SOCIAL_RESEARCH)).includeAssignedTasks(),
				q -> q.taskCandidateGroupLike("%").includeAssignedTasks(),
				q -> q.taskCandidateUser("reception1").includeAssignedTasks(),
				q -> q.taskAssignee("reception1"),
				q -> q.or().taskCandidateGroup(Roles.RECEPTION).taskAssignee("researcher1").endOr(),
				q -> q.processInstanceBusinessKey(unclaimedReference));
		for (Function<TaskQuery, TaskQuery> attempt : attempts) {
			assertThat(ids("researcher1", List.of(Roles.SOCIAL_RESEARCH), attempt)).doesNotContainAnyElementsOf(reception);
			assertThat(ids("committee1", List.of(Roles.RESEARCH_COMMITTEE), attempt)).doesNotContainAnyElementsOf(reception);
		}
		assertThat(ids("researcher1", List.of(Roles.SOCIAL_RESEARCH), q -> q.taskCandidateGroup(Roles.RECEPTION)
			.includeAssignedTasks())).isEmpty();
		// a member of the committee does not see a colleague's vote by asking for it as assignee
		identityService.setAuthentication("committee1", List.of(Roles.RESEARCH_COMMITTEE));
		try {
			assertThat(taskService.createTaskQuery().taskAssignee("committee2").count()).isZero();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	@Test
	void aGroupsOwnListIsWhatTheFullCheckLetsItSee() {
		// without a candidate restriction every task is checked; those offered to reception are its group list
		Set<String> checked = ids("reception1", List.of(Roles.RECEPTION), q -> q);
		Set<String> offered = checked.stream().filter(task -> taskService.getIdentityLinksForTask(task).stream()
			.anyMatch(link -> Roles.RECEPTION.equals(link.getGroupId()))).collect(Collectors.toSet());
		assertThat(ids("reception1", List.of(Roles.RECEPTION), q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks()))
			.isEqualTo(offered);
		assertThat(ids("reception1", List.of(Roles.RECEPTION), q -> q.taskAssignee("reception1")))
			.isEqualTo(checked.stream().filter(task -> "reception1".equals(
					taskService.createTaskQuery().taskId(task).singleResult().getAssignee())).collect(Collectors.toSet()));
	}

	@Test
	void supervisorsReadEveryTask() {
		assertThat(ids("supervisor1", List.of(Roles.SUPERVISORS), q -> q))
			.contains(task(receivedByReception1).getId(), task(unclaimed).getId())
			.containsAll(taskIds(voting));
	}

	/** The tasks the user's query returns, after checking that its count agrees with its list. */
	private Set<String> ids(String user, List<String> groups, Function<TaskQuery, TaskQuery> query) {
		identityService.setAuthentication(user, groups);
		try {
			List<Task> list = query.apply(taskService.createTaskQuery()).list();
			long count = query.apply(taskService.createTaskQuery()).count();
			assertThat(count).as("count and list of %s agree", user).isEqualTo(list.size());
			return list.stream().map(Task::getId).collect(Collectors.toSet());
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** Read without authentication: whether the task is offered to the group or assigned to the user. */
	private boolean offeredTo(String taskId, String user, String group) {
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		return user.equals(task.getAssignee()) || taskService.getIdentityLinksForTask(taskId)
			.stream()
			.map(IdentityLink::getGroupId)
			.anyMatch(group::equals);
	}

	private String reference(ProcessInstance instance) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
	}

	private Task task(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private List<String> taskIds(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream().map(Task::getId).toList();
	}

}
