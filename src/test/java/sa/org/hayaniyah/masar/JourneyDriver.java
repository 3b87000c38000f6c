package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;
import static sa.org.hayaniyah.masar.common.JourneyVariables.DECLARATION_SIGNED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.FIELD_VISIT_REQUIRED;
import static sa.org.hayaniyah.masar.common.JourneyVariables.RECEIVED_BY;
import static sa.org.hayaniyah.masar.common.JourneyVariables.RESEARCH_FINDINGS;
import static sa.org.hayaniyah.masar.common.JourneyVariables.RESEARCH_RECOMMENDATION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.SIGNATURE_METHOD;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VISIT_DATE;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VISIT_LOCATION;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VOTE;
import static sa.org.hayaniyah.masar.common.JourneyVariables.VOTE_REASON;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.ProcessVariable;
import sa.org.hayaniyah.masar.survey.Survey;
import sa.org.hayaniyah.masar.survey.SurveyAnswer;
import sa.org.hayaniyah.masar.survey.SurveyResponses;
import sa.org.hayaniyah.masar.survey.SurveyVariables;
import sa.org.hayaniyah.masar.survey.Surveys;

/**
 * Drives the beneficiary journey the way staff do in Tasklist: start form, claim, complete with form values;
 * and moves time for timers through {@link ClockUtil} and the engine's job API.
 */
@Component
public class JourneyDriver {

	public static final String PROCESS = "beneficiary-journey";

	private final FormService formService;

	private final TaskService taskService;

	private final IdentityService identityService;

	private final ManagementService managementService;

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final Surveys surveys;

	private final SurveyResponses surveyResponses;

	JourneyDriver(FormService formService, TaskService taskService, IdentityService identityService,
			ManagementService managementService, RepositoryService repositoryService, RuntimeService runtimeService,
			Surveys surveys, SurveyResponses surveyResponses) {
		this.formService = formService;
		this.taskService = taskService;
		this.identityService = identityService;
		this.managementService = managementService;
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.surveys = surveys;
		this.surveyResponses = surveyResponses;
	}

	public ProcessInstance startAtOffice(String user, Map<String, Object> startForm) {
		return start(PROCESS, user, startForm);
	}

	/** Starts the latest version of a process from its start form, as {@code user} does in Tasklist. */
	public ProcessInstance start(String processKey, String user, Map<String, Object> startForm) {
		String definitionId = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult()
			.getId();
		return as(user, () -> formService.submitStartForm(definitionId, startForm));
	}

	/** Claims the single open task at {@code activityId} as {@code user} and completes it with the form values. */
	public void complete(ProcessInstance instance, String activityId, String user, Map<String, Object> form) {
		claimAndComplete(instance, activityId, user, form);
		runJobs(instance);
	}

	/** As {@link #complete} but leaves the jobs it made to the job executor, as in production. */
	public void claimAndComplete(ProcessInstance instance, String activityId, String user, Map<String, Object> form) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(activityId)
			.active()
			.list()
			.stream()
			.filter(t -> t.getAssignee() == null || t.getAssignee().equals(user))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open task " + activityId + " for " + user));
		as(user, () -> {
			if (task.getAssignee() == null) {
				taskService.claim(task.getId(), user);
			}
			taskService.complete(task.getId(), form);
			return null;
		});
	}

	/** {@code user}'s page of the tasks offered to {@code group}, newest first, as Tasklist's group filter lists them. */
	public List<Task> groupTasks(String user, String group, int pageSize) {
		return as(user, () -> taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
			.orderByTaskCreateTime().desc().listPage(0, pageSize));
	}

	/** What the job executor does in production: runs the async steps (verification) that are due now. */
	public void runJobs(ProcessInstance instance) {
		runJobs(() -> managementService.createJobQuery().processInstanceId(instance.getId()));
	}

	/** Runs the async steps of every instance of a process, such as the outreach run's one job per family. */
	public void runJobs(String processKey) {
		runJobs(() -> managementService.createJobQuery().processDefinitionKey(processKey));
	}

	private void runJobs(Supplier<JobQuery> jobs) {
		List<Job> due;
		while (!(due = jobs.get().executable().messages().list()).isEmpty()) {
			due.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	/** As the receptionist the task is assigned to: whoever started the request at the office, else reception1. */
	public void receive(ProcessInstance instance, Map<String, Object> applicantData) {
		String receivedBy = RECEIVED_BY.get(runtimeService, instance.getId());
		complete(instance, "Task_ReceiveBeneficiary", receivedBy == null ? "reception1" : receivedBy, applicantData);
	}

	public void declare(ProcessInstance instance) {
		complete(instance, "Task_RecordApplicantDeclaration", "reception1",
				Map.of(DECLARATION_SIGNED.name(), "yes", SIGNATURE_METHOD.name(),
						"PAPER"));
	}

	public void research(ProcessInstance instance, String recommendation) {
		complete(instance, "Task_ConductSocialResearch", "researcher1",
				Map.of(FIELD_VISIT_REQUIRED.name(), true, VISIT_DATE.name(), "2026-11-27",
						VISIT_LOCATION.name(), "منزل الأسرة - حي النخيل", RESEARCH_FINDINGS.name(),
						"أسرة من ستة أفراد، دخلها لا يكفي الاحتياجات الأساسية", RESEARCH_RECOMMENDATION.name(),
						recommendation));
	}

	public void vote(ProcessInstance instance, String member, String vote) {
		complete(instance, "Task_DecideOnSupportRequest", member,
				Map.of(VOTE.name(), vote, VOTE_REASON.name(), "سبب " + vote + " من " + member));
	}

	/** Walks a new request from reception to the open committee votes. */
	public ProcessInstance toCommittee(String nationalId) {
		ProcessInstance instance = startAtOffice("reception1", TestApplicants.startForm("C1", nationalId));
		receive(instance, TestApplicants.applicantData(nationalId));
		declare(instance);
		research(instance, "RECOMMEND_APPROVAL");
		return instance;
	}

	/** The satisfaction survey a journey or an inquiry called and now waits for. */
	public ProcessInstance survey(ProcessInstance caller) {
		ProcessInstance survey = runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(caller.getId())
			.processDefinitionKey("satisfaction-survey")
			.singleResult();
		assertThat(survey).as("survey called by " + caller.getBusinessKey()).isNotNull();
		return survey;
	}

	/** The beneficiary answers the survey through their link. */
	public SurveyResponses.Result answerSurvey(ProcessInstance survey, int overall, String comment) {
		Survey record = surveys.get(SurveyVariables.SURVEY_ID.get(runtimeService, survey.getId()));
		return surveyResponses.answer(record, SurveyAnswer.of(overall, null, null, null, null, comment), null, "ONLINE");
	}

	public <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
		return variable.get(runtimeService, instance.getId());
	}

	public List<Task> openTasks(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).active().list();
	}

	/**
	 * A request submitted at {@code submitted} (the engine's clock) on {@code channel}, received 1 h and declared 2 h
	 * later; the clock is left there, so the request waits for research.
	 */
	public ProcessInstance declaredOnSchedule(LocalDateTime submitted, String channel) {
		at(submitted);
		String nationalId = TestApplicants.nationalId();
		ProcessInstance instance = startAtOffice("reception1", TestApplicants.startForm(channel, nationalId));
		at(submitted.plusHours(1));
		receive(instance, TestApplicants.applicantData(nationalId));
		at(submitted.plusHours(2));
		declare(instance);
		return instance;
	}

	/** As {@link #declaredOnSchedule}, then researched 2 days after submission: it waits for the committee's votes. */
	public ProcessInstance researchedOnSchedule(LocalDateTime submitted, String channel) {
		ProcessInstance instance = declaredOnSchedule(submitted, channel);
		at(submitted.plusDays(2));
		research(instance, "RECOMMEND_APPROVAL");
		return instance;
	}

	private static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
	}

	public void moveClock(Duration by) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
	}

	/** Executes the due timer job of {@code activityId}; fails if it is not due at the current engine time. */
	public void fireTimer(ProcessInstance instance, String activityId) {
		Job job = managementService.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.timers()
			.singleResult();
		assertThat(job).as("timer job of " + activityId).isNotNull();
		assertThat(job.getDuedate()).as("due date of " + activityId).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
		managementService.executeJob(job.getId());
	}

	public boolean hasTimer(ProcessInstance instance, String activityId) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().count() > 0;
	}

	public static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(form);
		copy.put(key, value);
		return copy;
	}

	/** Runs the action as the user with their groups, as Tasklist and the REST API authenticate them. */
	private <T> T as(String user, Supplier<T> action) {
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
		identityService.setAuthentication(user, groups);
		try {
			return action.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
