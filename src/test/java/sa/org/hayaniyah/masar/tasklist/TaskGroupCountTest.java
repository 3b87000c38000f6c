package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * The count of a group's tasks read from PostgreSQL's counters (issue 22, {@link TaskGroupCounts}) is the count of its
 * tasks through every change the journey makes to candidate links, and the counters are exactly what the links say. On
 * H2, which has no counters, the same counts are counted.
 */
@MasarIntegrationTest
class TaskGroupCountTest extends DatabaseTestSupport {

	private static final List<List<String>> GROUPS = List.of(List.of(Roles.RECEPTION), List.of(Roles.SOCIAL_RESEARCH),
			List.of(Roles.SUPERVISORS), List.of(Roles.RECEPTION, Roles.SUPERVISORS),
			List.of(Roles.RECEPTION, Roles.SOCIAL_RESEARCH, Roles.SUPERVISORS));

	@Autowired
	JourneyDriver journey;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		identityService.clearAuthentication();
	}

	@Test
	void theCountersFollowEveryChangeOfTheLinks() {
		ProcessInstance first = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		ProcessInstance second = journey.startAtOffice("reception2", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		ProcessInstance third = journey.startAtOffice("reception2", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		assertExact("journeys started");

		Task waiting = task(second);
		taskService.setAssignee(waiting.getId(), null);
		taskService.claim(waiting.getId(), "reception1");
		assertExact("unclaimed and claimed");

		journey.receive(first, TestApplicants.applicantData(journey.variable(first, sa.org.hayaniyah.masar.common.JourneyVariables.NATIONAL_ID)));
		assertExact("reception completed, the declaration offered to reception");

		// offered to two groups at once: counted once for both together
		taskService.addCandidateGroup(waiting.getId(), Roles.SUPERVISORS);
		taskService.addCandidateGroup(waiting.getId(), Roles.SUPERVISORS);
		assertExact("offered to supervisors too, twice");
		taskService.deleteCandidateGroup(waiting.getId(), Roles.RECEPTION);
		assertExact("taken from reception");
		taskService.deleteCandidateGroup(waiting.getId(), Roles.SUPERVISORS);
		assertExact("offered to no group");
		taskService.addCandidateGroup(waiting.getId(), Roles.RECEPTION);
		assertExact("offered to reception again");

		runtimeService.deleteProcessInstance(third.getId(), "withdrawn by the applicant");
		assertExact("request withdrawn (instance deleted)");

		ProcessInstance late = journey.toCommittee(TestApplicants.nationalId());
		journey.moveClock(Duration.ofDays(10).plusMinutes(1));
		journey.fireTimer(late, "Event_CommitteeReminderDue");
		journey.moveClock(Duration.ofDays(4));
		journey.fireTimer(late, "Event_CommitteeDeadlinePassed");
		assertThat(taskService.createTaskQuery().processInstanceId(late.getId()).taskCandidateGroup(Roles.SUPERVISORS).count())
			.as("escalated to supervisors").isOne();
		assertExact("the committee's deadline passed, escalated to supervisors");
		journey.vote(late, "committee1", "APPROVE");
		journey.vote(late, "committee2", "APPROVE");
		journey.vote(late, "committee3", "APPROVE");
		assertExact("decided: the escalation ended, delivery offered");

		runtimeService.deleteProcessInstance(second.getId(), null);
		runtimeService.deleteProcessInstance(first.getId(), null);
		runtimeService.deleteProcessInstance(late.getId(), null);
		assertExact("instances deleted");
	}

	@Test
	void concurrentJourneysKeepTheCountersExact() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<ProcessInstance>> started = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String receptionist = i % 2 == 0 ? "reception1" : "reception2";
				started.add(threads.submit(() -> journey.startAtOffice(receptionist,
						TestApplicants.startForm("C1", TestApplicants.nationalId()))));
			}
			List<ProcessInstance> instances = new ArrayList<>();
			for (Future<ProcessInstance> instance : started) {
				instances.add(instance.get());
			}
			assertExact("12 journeys started on 4 threads");
			List<Future<?>> completed = new ArrayList<>();
			for (ProcessInstance instance : instances.subList(0, 6)) {
				completed.add(threads.submit(() -> runtimeService.deleteProcessInstance(instance.getId(), null)));
			}
			for (Future<?> done : completed) {
				done.get();
			}
			assertExact("6 deleted on 4 threads");
			instances.subList(6, 12).forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), null));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void onlyThePureGroupQueryReadsTheCounters() {
		assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only: H2 has no counters");
		journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		String filter = filterService.createFilterQuery().filterName("مهام الاستقبال").singleResult().getId();
		String myGroups = filterService.createFilterQuery().filterName("مهام مجموعاتي").singleResult().getId();
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION));
		long filterCount = filterService.count(filter);
		long myGroupsCount = filterService.count(myGroups);
		long list = taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().list().size();
		long unassigned = taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).count();
		long withKey = taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks()
			.taskDefinitionKey("Task_ReceiveBeneficiary").count();
		// a counter the links do not justify: only counts that read the counters see it
		jdbc.update("INSERT INTO task_group_count (candidate_groups, slot, tasks) VALUES ('{reception}', 999, 1000)");
		try {
			assertThat(filterService.count(filter)).as("مهام الاستقبال").isEqualTo(filterCount + 1000).isEqualTo(list + 1000);
			assertThat(filterService.count(myGroups)).as("مهام مجموعاتي").isEqualTo(myGroupsCount + 1000);
			assertThat(taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).count()).isEqualTo(unassigned);
			assertThat(taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks()
				.taskDefinitionKey("Task_ReceiveBeneficiary").count()).isEqualTo(withKey);
			assertThat(taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().active().count())
				.isEqualTo(list);
			identityService.setAuthentication("researcher1", List.of(Roles.SOCIAL_RESEARCH));
			assertThat(taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().count())
				.as("another group's tasks are counted, and checked").isZero();
		}
		finally {
			jdbc.update("DELETE FROM task_group_count WHERE slot = 999");
		}
	}

	/** Each group's (and groups') count as a member equals the count of its tasks, and the counters equal the links. */
	private void assertExact(String step) {
		for (List<String> groups : GROUPS) {
			identityService.clearAuthentication();
			long counted = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
			identityService.setAuthentication("member", groups);
			long asMember = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
			long single = groups.size() == 1
					? taskService.createTaskQuery().taskCandidateGroup(groups.get(0)).includeAssignedTasks().count() : asMember;
			identityService.clearAuthentication();
			assertThat(asMember).as("%s: count of %s", step, groups).isEqualTo(counted).isEqualTo(single);
		}
		if (TestDatabase.isPostgres()) {
			assertThat(jdbc.queryForList("""
					(SELECT * FROM task_group_count_expected() EXCEPT SELECT * FROM task_group_count WHERE tasks <> 0)
					UNION ALL
					(SELECT * FROM task_group_count WHERE tasks <> 0 EXCEPT SELECT * FROM task_group_count_expected())""")
				.toString()).as("%s: counters that differ from the links", step).isEqualTo("[]");
		}
	}

	private Task task(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}
