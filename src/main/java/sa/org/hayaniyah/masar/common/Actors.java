package sa.org.hayaniyah.masar.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed a task: its assignee, else the authenticated user (REST and Tasklist both authenticate).
 */
public final class Actors {

	private Actors() {
	}

	public static String of(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication != null ? authentication.getUserId() : "system";
	}

}
