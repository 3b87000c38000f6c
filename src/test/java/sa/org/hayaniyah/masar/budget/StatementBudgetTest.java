package sa.org.hayaniyah.masar.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static sa.org.hayaniyah.masar.common.JourneyVariables.DECLARATION_SIGNED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.DELIVERED_ON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.FIELD_VISIT_REQUIRED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.RESEARCH_FINDINGS;
import static sa.org.hayaniyah.masar.common.JourneyVariables.RESEARCH_RECOMMENDATION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SIGNATURE_METHOD;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VISIT_DATE;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VISIT_LOCATION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VOTE;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VOTE_REASON;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_AMOUNT;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SERVICE_DESCRIPTION;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * What each call of a beneficiary's journey sends to the database (issue 22): round trips, statements by kind and
 * commits, counted through a proxy around the application's DataSource, for the calls Tasklist makes through the engine
 * API (start form, claim, each kind of task completed, the jobs the engine runs after them, the task lists) and the
 * survey answer that ends the journey. The budgets are checked in ({@code statement-budgets.txt}, measured with a small
 * headroom); a change that makes a step cost more fails here and says by how much. A budget far above its measurement
 * is printed as such, to be tightened. The counts are the same on every run (no timing), on H2 and on PostgreSQL.
 */
@MasarIntegrationTest
class StatementBudgetTest extends DatabaseTestSupport {

	static final String BUDGETS = "statement-budgets.txt";

	@TestConfiguration(proxyBeanMethods = false)
	static class CountStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? StatementCounter.wrap(dataSource) : bean;
				}

			};
		}

	}

	@Autowired
	JourneyDriver journey;

	@Autowired
	FormService formService;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Test
	void everyStepStaysWithinItsStatementBudget() throws IOException {
		walk(new LinkedHashMap<>()); // caches (definitions, forms, decision tables) filled, as in a running system
		Map<String, StatementCounter.Counts> measured = new LinkedHashMap<>();
		walk(measured);

		Map<String, int[]> budgets = budgets();
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-48s", "step (measured / budget)"));
		StatementCounter.COLUMNS.forEach(column -> table.append(String.format(Locale.ROOT, "%16s", column)));
		List<String> over = new ArrayList<>();
		List<String> slack = new ArrayList<>();
		measured.forEach((step, counts) -> {
			int[] budget = budgets.get(step);
			int[] values = counts.values();
			table.append(String.format(Locale.ROOT, "%n%-48s", step));
			for (int i = 0; i < values.length; i++) {
				table.append(String.format(Locale.ROOT, "%16s", values[i] + " / " + (budget == null ? "?" : budget[i])));
				if (budget != null && values[i] > budget[i]) {
					over.add(step + ": " + StatementCounter.COLUMNS.get(i) + " " + values[i] + " > budget " + budget[i]);
				}
				if (budget != null && values[i] + 2 < budget[i] * 0.8) {
					slack.add(step + ": " + StatementCounter.COLUMNS.get(i) + " " + values[i] + ", budget " + budget[i]);
				}
			}
		});
		System.out.println(table);
		if (!slack.isEmpty()) {
			System.out.println("\nbudgets to tighten in " + BUDGETS + ": " + slack);
		}
		assertThat(measured.keySet()).as("every step measured has a budget in %s, and every budget a step", BUDGETS)
			.containsExactlyInAnyOrderElementsOf(budgets.keySet());
		assertThat(over).as("steps over their statement budget (%s, database %s)", BUDGETS,
				TestDatabase.isPostgres() ? "PostgreSQL" : "H2").isEmpty();
		assertThat(measured.get("start journey (start form)").insert).as("the start writes the request").isPositive();
	}

	/** One approved journey from the office to the survey answer, each call counted under its step. */
	private void walk(Map<String, StatementCounter.Counts> steps) {
		String nationalId = TestApplicants.nationalId();
		String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(JourneyDriver.PROCESS)
			.latestVersion().singleResult().getId();
		ProcessInstance instance = record(steps, "start journey (start form)", "reception1",
				() -> formService.submitStartForm(definition, TestApplicants.startForm("C1", nationalId)));
		jobs(steps, instance);

		record(steps, "task list: group page of 15", "reception1", () -> taskService.createTaskQuery()
			.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().orderByTaskCreateTime().desc().listPage(0, 15));
		record(steps, "task list: group count", "reception1",
				() -> taskService.createTaskQuery().taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().count());
		record(steps, "task list: my tasks page of 15", "reception1", () -> taskService.createTaskQuery()
			.taskAssignee("reception1").orderByTaskCreateTime().desc().listPage(0, 15));
		Task receive = task(instance, "Task_ReceiveBeneficiary");
		record(steps, "task form variables (receive)", "reception1", () -> formService.getTaskFormVariables(receive.getId()));

		complete(steps, instance, "Task_ReceiveBeneficiary", "reception1", TestApplicants.applicantData(nationalId), false);
		complete(steps, instance, "Task_RecordApplicantDeclaration", "reception1",
				Map.of(DECLARATION_SIGNED.name(), "yes", SIGNATURE_METHOD.name(), "PAPER"), true);
		complete(steps, instance, "Task_ConductSocialResearch", "researcher1",
				Map.of(FIELD_VISIT_REQUIRED.name(), true, VISIT_DATE.name(), "2026-11-27", VISIT_LOCATION.name(), "منزل الأسرة",
						RESEARCH_FINDINGS.name(), "أسرة من ستة أفراد", RESEARCH_RECOMMENDATION.name(), "RECOMMEND_APPROVAL"), true);
		for (String member : List.of("committee1", "committee2", "committee3")) {
			String step = member.equals("committee3") ? "complete last vote (tally, registration)" : null;
			completeAs(steps, step, instance, "Task_DecideOnSupportRequest", member,
					Map.of(VOTE.name(), "APPROVE", VOTE_REASON.name(), "سبب الموافقة"));
		}
		complete(steps, instance, "Task_DeliverService", "reception2",
				Map.of(SERVICE_DESCRIPTION.name(), "سلة غذائية شهرية", SERVICE_AMOUNT.name(), 350.0,
						DELIVERED_ON.name(), "2026-11-30"), true);
		ProcessInstance survey = journey.survey(instance);
		steps.computeIfAbsent("answer survey (ends the journey)",
				step -> StatementCounter.count(() -> journey.answerSurvey(survey, 5, "شكرًا")).counts());
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
			.as("the journey ended").isZero();
	}

	private void complete(Map<String, StatementCounter.Counts> steps, ProcessInstance instance, String activity, String user,
			Map<String, Object> form, boolean claim) {
		Task task = task(instance, activity);
		if (claim) {
			record(steps, "claim", user, () -> {
				taskService.claim(task.getId(), user);
				return null;
			});
		}
		completeAs(steps, "complete " + activity, instance, activity, user, form);
	}

	/** Completes the user's task at the activity; counted under {@code step} unless it is null. */
	private void completeAs(Map<String, StatementCounter.Counts> steps, String step, ProcessInstance instance,
			String activity, String user, Map<String, Object> form) {
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
			.taskAssignee(user).singleResult();
		Supplier<Object> call = () -> {
			taskService.complete(task.getId(), form);
			return null;
		};
		if (step == null) {
			as(user, call);
		}
		else {
			record(steps, step, user, call);
		}
		jobs(steps, instance);
	}

	/** The message jobs due now, each counted as "job <activity>", as the job executor would run them. */
	private void jobs(Map<String, StatementCounter.Counts> steps, ProcessInstance instance) {
		List<Job> due;
		while (!(due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().messages().list())
			.isEmpty()) {
			for (Job job : due) {
				String step = "job " + managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
					.singleResult().getActivityId();
				StatementCounter.Counts counts = StatementCounter.count(() -> managementService.executeJob(job.getId()));
				steps.putIfAbsent(step, counts);
			}
		}
	}

	/** The call as the user, counted; her groups are read before, as Tasklist keeps them in its session. */
	private <T> T record(Map<String, StatementCounter.Counts> steps, String step, String user, Supplier<T> call) {
		List<String> groups = groups(user);
		StatementCounter.Counted<T> counted = StatementCounter.count(() -> as(user, groups, call));
		steps.putIfAbsent(step, counted.counts());
		return counted.result();
	}

	private List<String> groups(String user) {
		return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
	}

	private <T> T as(String user, Supplier<T> call) {
		return as(user, groups(user), call);
	}

	private <T> T as(String user, List<String> groups, Supplier<T> call) {
		identityService.setAuthentication(user, groups);
		try {
			return call.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Task task(ProcessInstance instance, String activity) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
	}

	/** step | round trips | SELECT | INSERT | UPDATE | DELETE | commits, one line each; # starts a comment. */
	static Map<String, int[]> budgets() throws IOException {
		Map<String, int[]> budgets = new LinkedHashMap<>();
		try (InputStream in = StatementBudgetTest.class.getClassLoader().getResourceAsStream(BUDGETS)) {
			if (in == null) {
				return budgets;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\\|");
				int[] values = new int[StatementCounter.COLUMNS.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = Integer.parseInt(cells[i + 1].strip());
				}
				budgets.put(cells[0].strip(), values);
			}
		}
		return budgets;
	}

}
