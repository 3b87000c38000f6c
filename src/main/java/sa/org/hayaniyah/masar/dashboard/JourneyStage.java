package sa.org.hayaniyah.masar.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stages of the beneficiary journey a supervisor watches, with the BPMN activities that make each one up. Open
 * work is counted by the user tasks waiting now ({@link #openTasks}); time in a stage by the activity instances that
 * cover it ({@link #timedActivities}): the committee's parallel votes by their multi-instance body, so three members
 * voting at once count once. The order is the journey's: a request with open tasks of two stages (a vote and the
 * overdue follow-up, say) is in the later one.
 */
enum JourneyStage {

	RECEPTION("استقبال الطلب", Set.of("Task_ReceiveBeneficiary", "Task_ClarifyProcedures"),
			Set.of("Task_ReceiveBeneficiary", "Task_ClarifyProcedures")),
	MISSING_INFORMATION("استكمال المعلومات الناقصة", Set.of("Task_ProvideMissingInformation"),
			Set.of("Task_ProvideMissingInformation")),
	DECLARATION("التحقق وإقرار المتقدم", Set.of("Task_RecordApplicantDeclaration", "Task_RenewApplicantDeclaration"),
			Set.of("Task_VerifyApplicantData", "Task_RecordApplicantDeclaration", "Task_RenewApplicantDeclaration")),
	SOCIAL_RESEARCH("البحث الاجتماعي", Set.of("Task_ConductSocialResearch"), Set.of("Task_ConductSocialResearch")),
	COMMITTEE("قرار لجنة البحث",
			Set.of("Task_DecideOnSupportRequest", "Task_SettleUndecidedRequest", "Task_FollowUpOverdueRequest"),
			Set.of("Task_DecideOnSupportRequest#multiInstanceBody", "Task_SettleUndecidedRequest")),
	DELIVERY("تقديم الخدمة", Set.of("Task_DeliverService"), Set.of("Task_DeliverService"));

	static final String PROCESS = "beneficiary-journey";

	private final String label;

	private final Set<String> openTasks;

	private final Set<String> timedActivities;

	JourneyStage(String label, Set<String> openTasks, Set<String> timedActivities) {
		this.label = label;
		this.openTasks = openTasks;
		this.timedActivities = timedActivities;
	}

	String label() {
		return label;
	}

	static Optional<JourneyStage> ofOpenTask(String taskDefinitionKey) {
		return Arrays.stream(values()).filter(s -> s.openTasks.contains(taskDefinitionKey)).findFirst();
	}

	static Optional<JourneyStage> ofTimedActivity(String activityId) {
		return Arrays.stream(values()).filter(s -> s.timedActivities.contains(activityId)).findFirst();
	}

	/** Every activity id timed by some stage, sorted, for the SQL's IN list. */
	static List<String> allTimedActivities() {
		return Arrays.stream(values()).flatMap(s -> s.timedActivities.stream()).sorted().toList();
	}

	/** SQL naming the stage ({@link #name()}) an activity id in {@code column} is timed for, as a CASE expression. */
	static String sqlStageOf(String column) {
		StringBuilder stage = new StringBuilder("CASE ").append(column);
		for (String activity : allTimedActivities()) {
			stage.append(" WHEN '").append(activity).append("' THEN '").append(ofTimedActivity(activity).orElseThrow().name())
				.append('\'');
		}
		return stage.append(" END").toString();
	}

	static List<String> allOpenTasks() {
		return Stream.of(values()).flatMap(s -> s.openTasks.stream()).sorted().toList();
	}

}
