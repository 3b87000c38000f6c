package sa.org.hayaniyah.masar.family;

import java.util.Collection;
import java.util.Set;

/**
 * Where a request stands, in the words reception says it to the family ("where is my request?", O3): from the
 * request's status, the tasks open on it in the engine, and whether the committee decided and a file was opened.
 */
enum Stage {

	RECEIVED("تم استلام الطلب"),
	UNDER_VERIFICATION("قيد التحقق من البيانات"),
	MISSING_INFORMATION("بانتظار استكمال معلومات ناقصة"),
	SOCIAL_RESEARCH("قيد البحث الاجتماعي"),
	COMMITTEE("لدى لجنة البحث"),
	DECIDED("صدر قرار اللجنة"),
	REGISTERED("مسجل مستفيدًا وبانتظار تقديم الخدمة"),
	SERVED("قُدّمت الخدمة"),
	REJECTED("رُفض الطلب"),
	CLOSED_INCOMPLETE("أُغلق الطلب لعدم اكتمال المعلومات");

	private static final Set<String> COMMITTEE_TASKS = Set.of("Task_DecideOnSupportRequest", "Task_SettleUndecidedRequest",
			"Task_FollowUpOverdueRequest");

	private static final Set<String> VERIFICATION_TASKS = Set.of("Task_RecordApplicantDeclaration",
			"Task_RenewApplicantDeclaration", "Task_ClarifyProcedures");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/**
	 * @param status the request's status (OPEN, SERVED, REJECTED, CLOSED_INCOMPLETE)
	 * @param openTasks the task definition keys open on the request now
	 * @param decided whether the committee (or a supervisor) decided it
	 * @param registered whether a beneficiary file was opened for it
	 */
	static Stage of(String status, Collection<String> openTasks, boolean decided, boolean registered) {
		switch (status == null ? "OPEN" : status) {
			case "SERVED":
				return SERVED;
			case "REJECTED":
				return REJECTED;
			case "CLOSED_INCOMPLETE":
				return CLOSED_INCOMPLETE;
			default:
				break;
		}
		if (openTasks.contains("Task_ProvideMissingInformation")) {
			return MISSING_INFORMATION;
		}
		if (openTasks.stream().anyMatch(COMMITTEE_TASKS::contains)) {
			return COMMITTEE;
		}
		if (openTasks.contains("Task_ConductSocialResearch")) {
			return SOCIAL_RESEARCH;
		}
		if (openTasks.stream().anyMatch(VERIFICATION_TASKS::contains)) {
			return UNDER_VERIFICATION;
		}
		if (openTasks.contains("Task_ReceiveBeneficiary")) {
			return RECEIVED;
		}
		if (registered) {
			return REGISTERED;
		}
		// between tasks: the engine's own steps (verification, the tally, registration) run in moments
		return decided ? DECIDED : UNDER_VERIFICATION;
	}

}
