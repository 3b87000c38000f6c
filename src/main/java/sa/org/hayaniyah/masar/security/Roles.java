package sa.org.hayaniyah.masar.security;

import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The association's roles as Camunda groups; tasks are offered to them by candidate group.
 */
public final class Roles {

	public static final String RECEPTION = "reception";

	public static final String SOCIAL_RESEARCH = "social-research";

	public static final String RESEARCH_COMMITTEE = "research-committee";

	public static final String SUPERVISORS = "supervisors";

	public static final String ANALYSTS = "analysts";

	public static final String ADMINS = "camunda-admin";

	/**
	 * Scrapers of {@code /actuator/prometheus} (issue 24): an account in this group reads the operations metrics and
	 * nothing else (no webapp, no case data, no staff API).
	 */
	public static final String MONITORING = "monitoring";

	/** Group id to Arabic name, as staff see it in Tasklist and Admin. */
	public static final Map<String, String> ARABIC_NAMES = Map.of(RECEPTION, "موظفو علاقات المستفيدين", SOCIAL_RESEARCH,
			"مسؤولو البحث الاجتماعي", RESEARCH_COMMITTEE, "لجنة البحث", SUPERVISORS, "المشرفون", ANALYSTS, "محللو الإجراءات",
			ADMINS, "مديرو النظام", MONITORING, "أنظمة المراقبة");

	private Roles() {
	}

	/** Whether the user authenticated on the engine for this request is a supervisor or an administrator. */
	public static boolean currentUserSupervises(IdentityService identityService) {
		return currentUserIn(identityService, SUPERVISORS, ADMINS);
	}

	/** Whether the user authenticated on the engine for this request belongs to one of the groups. */
	public static boolean currentUserIn(IdentityService identityService, String... groups) {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication != null && authentication.getGroupIds() != null
				&& Arrays.stream(groups).anyMatch(authentication.getGroupIds()::contains);
	}

}
