package sa.org.hayaniyah.masar.tasklist;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * When a task query already asks only for what the engine itself granted the user, its per-task authorization check
 * is left out (issue 22). With authorization on, the engine grants every candidate group, candidate user and assignee
 * of a task {@code READ} and {@code TASK_WORK} on that task as the link or assignment is made (its default
 * authorization provider, for process and standalone tasks alike); it never takes the grant back while the link
 * stays. So "tasks offered to reception", asked by a member of reception, are exactly the tasks reception may read,
 * and checking each of them again cost one index probe per task: the group's count at 100,000 open requests took
 * about a second. A query for another group's tasks, or for anything else, keeps the check, so a researcher who asks
 * for reception's tasks still gets none.
 * <p>
 * Only the query's own criteria count (they are ANDed with its {@code orQueries}, which can narrow the result but not
 * widen it). Whenever the engine checks revocations (an administrator created a REVOKE), everything is checked as
 * before. Masar takes a task from a group by removing its candidate link (as {@code RequestAccess} decides
 * need-to-know by that link too), never by deleting the engine's grant while the link stays.
 */
public final class ImpliedTaskGrants {

	private ImpliedTaskGrants() {
	}

	/** Called from Masar's {@code Task.xml}: whether the query's candidate or assignee restriction implies the grant. */
	public static boolean implied(TaskQueryImpl query) {
		AuthorizationCheck check = query.getAuthCheck();
		if (check == null || !check.isAuthorizationCheckEnabled() || check.getAuthUserId() == null
				|| check.isRevokeAuthorizationCheckEnabled()) {
			return false;
		}
		String user = check.getAuthUserId();
		List<String> groups = check.getAuthGroupIds();
		if (user.equals(query.getAssignee())) {
			return true;
		}
		if (query.getCandidateGroupLike() != null) {
			return false;
		}
		String candidateUser = query.getCandidateUser();
		if (candidateUser != null && !candidateUser.equals(user)) {
			return false;
		}
		List<String> candidateGroups = query.getCandidateGroups();
		boolean byGroups = candidateGroups != null && !candidateGroups.isEmpty();
		if (candidateUser == null && !byGroups) {
			return false;
		}
		return !byGroups || groups != null && groups.containsAll(candidateGroups);
	}

}
