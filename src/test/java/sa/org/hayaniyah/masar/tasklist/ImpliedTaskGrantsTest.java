package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** When a task query's own restriction implies the engine's per-task grant to the asking user, and when not. */
class ImpliedTaskGrantsTest {

	@Test
	void aGroupsOwnTasksAndTheUsersOwnAreImplied() {
		assertThat(implied(as("reception1", "reception").taskCandidateGroup("reception"))).isTrue();
		assertThat(implied(as("reception1", "reception", "supervisors")
			.taskCandidateGroupIn(List.of("reception", "supervisors")).includeAssignedTasks())).isTrue();
		assertThat(implied(as("reception1", "reception").taskAssignee("reception1"))).isTrue();
	}

	@Test
	void anotherGroupsOrUsersTasksAreChecked() {
		assertThat(implied(as("researcher1", "social-research").taskCandidateGroup("reception"))).isFalse();
		assertThat(implied(as("researcher1", "social-research")
			.taskCandidateGroupIn(List.of("reception", "social-research")))).isFalse();
		assertThat(implied(as("researcher1", "social-research").taskCandidateGroupLike("%"))).isFalse();
		assertThat(implied(as("researcher1", "social-research").taskAssignee("reception1"))).isFalse();
		assertThat(implied(as("researcher1", "social-research").taskCandidateUser("reception1"))).isFalse();
		assertThat(implied(as("researcher1", "social-research").processInstanceBusinessKey("HY-1"))).isFalse();
	}

	@Test
	void aCandidateGroupInsideOrQueriesDoesNotCount() {
		TaskQueryImpl query = as("reception1", "reception");
		query.or().taskCandidateGroup("reception").taskAssignee("reception1").endOr();
		assertThat(implied(query)).isFalse();
	}

	@Test
	void revocationsOrNoAuthenticationMeanTheFullCheck() {
		TaskQueryImpl revokes = as("reception1", "reception");
		revokes.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
		assertThat(implied(revokes.taskCandidateGroup("reception"))).isFalse();
		assertThat(implied(new TaskQueryImpl().taskCandidateGroup("reception"))).isFalse();
	}

	private static boolean implied(org.camunda.bpm.engine.task.TaskQuery query) {
		return ImpliedTaskGrants.implied((TaskQueryImpl) query);
	}

	private static TaskQueryImpl as(String user, String... groups) {
		TaskQueryImpl query = new TaskQueryImpl();
		query.getAuthCheck().setAuthorizationCheckEnabled(true);
		query.getAuthCheck().setAuthUserId(user);
		query.getAuthCheck().setAuthGroupIds(List.of(groups));
		return query;
	}

}
