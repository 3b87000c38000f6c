package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestDatabase;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Issue 22: the engine checks task authorizations with an EXISTS per task, never by joining the tasks with the
 * authorization table (with one authorization per task that join compared every task with every authorization). The
 * SQL is what the engine generates for the queries Tasklist sends; on PostgreSQL its plan must read the authorization
 * table in subplans only, never in a join. A group's own list, count and searches need no check at all (the engine
 * granted the group each task it offered it: {@link ImpliedTaskGrants}); another group's tasks are checked. On
 * PostgreSQL a group's count reads its counters, never the tasks ({@link TaskGroupCounts}).
 */
@MasarIntegrationTest
class TaskAuthorizationQueryPlanTest extends DatabaseTestSupport {

	private static final Pattern AUTHORIZATION_TABLE = Pattern.compile("ACT_RU_AUTHORIZATION");

	private static final Pattern EXISTS_CHECK = Pattern.compile("EXISTS \\( SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE ");

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		identityService.clearAuthentication();
	}

	@Test
	void aGroupsOwnListAndCountNeedNoAuthorizationCheck() {
		// the engine granted reception each task it offered reception (ImpliedTaskGrants): no probe per task
		for (ExplainedTaskQuery query : List.of(
				asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().orderByTaskCreateTime().desc().listPage(0, 15)),
				asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().count()),
				asReception(q -> q.taskCandidateGroupIn(List.of(Roles.RECEPTION)).includeAssignedTasks()
					.processVariableValueEquals("nationalId", "1000000008").list()),
				asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks()
					.processInstanceBusinessKey("HY-1447-000001").list()),
				asReception(q -> q.taskAssignee("reception1").count()))) {
			assertThat(query.sql).as(query.sql).doesNotContainIgnoringCase("ACT_RU_AUTHORIZATION")
				.doesNotContainIgnoringCase("ACT_RE_PROCDEF");
		}
	}

	@Test
	void anotherGroupsTasksAreCheckedWithExists() {
		// a researcher asking for reception's tasks, or for hers and reception's, is checked task by task
		identityService.setAuthentication("researcher1", List.of(Roles.SOCIAL_RESEARCH));
		for (Consumer<ExplainedTaskQuery> run : List.<Consumer<ExplainedTaskQuery>>of(
				q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().count(),
				q -> q.taskCandidateGroupIn(List.of(Roles.RECEPTION, Roles.SOCIAL_RESEARCH)).list(),
				q -> q.taskAssignee("reception1").list(),
				q -> q.taskCandidateGroupLike("%").count())) {
			ExplainedTaskQuery query = new ExplainedTaskQuery(engine.getCommandExecutorTxRequired());
			run.accept(query);
			assertChecksWithExists(query);
		}
	}

	@Test
	void searchesAndOrQueriesWithoutTheGroupsOwnRestrictionCheckAuthorizationsWithExists() {
		assertChecksWithExists(asReception(q -> q.processVariableValueEquals("nationalId", "1000000008").list()));
		assertChecksWithExists(asReception(q -> q.orderByTaskCreateTime().desc().listPage(0, 15)));
		// a candidate group inside orQueries does not restrict the whole query
		assertChecksWithExists(asReception(q -> q.or().taskCandidateGroupIn(List.of(Roles.RECEPTION)).taskAssignee("reception1")
			.endOr().processInstanceBusinessKey("HY-1447-000001").count()));
	}

	@Test
	void groupListsAskForCandidatesWithExistsAndNeedNoDistinct() {
		for (ExplainedTaskQuery query : List.of(
				asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().orderByTaskCreateTime().desc().listPage(0, 15)),
				asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).count()),
				asReception(q -> q.taskCandidateUser("reception1").count()))) {
			String sql = query.sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
			// a join with the identity links would return a task once per candidate and need DISTINCT, which sorts
			// every waiting task before the first page can be taken
			assertThat(sql).as(sql).doesNotContain("DISTINCT", "JOIN ACT_RU_IDENTITYLINK")
				.contains("EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'CANDIDATE'");
		}
		// "involved user" still joins the identity links, so it keeps DISTINCT
		String involved = asReception(q -> q.taskInvolvedUser("reception1").list()).sql.toUpperCase(Locale.ROOT);
		assertThat(involved).contains("DISTINCT", "JOIN ACT_RU_IDENTITYLINK");
	}

	@Test
	void aGroupsCountReadsItsCountersNotItsTasks() {
		// "مهام الاستقبال" and "مهام مجموعاتي" at every Tasklist refresh (TaskGroupCounts): on PostgreSQL no plan that
		// reads the tasks or their links, which took over 200 ms at 100,000 waiting tasks whatever the plan
		identityService.setAuthentication("supervisor1", List.of(Roles.RECEPTION, Roles.SUPERVISORS));
		for (Consumer<ExplainedTaskQuery> run : List.<Consumer<ExplainedTaskQuery>>of(
				q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().count(),
				q -> q.taskCandidateGroupIn(List.of(Roles.RECEPTION, Roles.SUPERVISORS)).includeAssignedTasks().count())) {
			ExplainedTaskQuery query = new ExplainedTaskQuery(engine.getCommandExecutorTxRequired());
			run.accept(query);
			String sql = query.sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
			if (TestDatabase.isPostgres()) {
				assertThat(sql).as(sql).contains("FROM TASK_GROUP_COUNT").doesNotContain("ACT_RU_TASK", "ACT_RU_IDENTITYLINK");
				assertThat(relationsRead(query.plan)).as("plan %s", query.plan).containsOnly("task_group_count");
			}
			else {
				// H2 has no counters: it counts the tasks
				assertThat(sql).as(sql).contains("SELECT COUNT(RES.ID_) FROM ACT_RU_TASK RES").doesNotContain("TASK_GROUP_COUNT");
			}
		}
	}

	@Test
	void theChecksTakeTheUsersGroupsWithoutReadingAllGroupsThatHoldAuthorizations() {
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION, "no-authorizations"));
		ExplainedTaskQuery query = new ExplainedTaskQuery(engine.getCommandExecutorTxRequired());
		query.taskCandidateGroup(Roles.RECEPTION).count();
		assertThat(query.getAuthCheck().getAuthGroupIds()).containsExactlyInAnyOrder(Roles.RECEPTION, "no-authorizations");
	}

	@Test
	void onPostgresTheNationalIdSearchHasItsIndex() {
		assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only: H2 has no partial indexes");
		assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = 'masar_idx_var_national_id'",
				String.class)).contains("(text_)", "WHERE", "'nationalId'");
	}

	@Test
	void withoutAuthenticationThereIsNoCheck() {
		ExplainedTaskQuery query = new ExplainedTaskQuery(engine.getCommandExecutorTxRequired());
		query.taskCandidateGroup(Roles.RECEPTION).count();
		assertThat(query.sql).doesNotContainIgnoringCase("ACT_RU_AUTHORIZATION");
	}

	private ExplainedTaskQuery asReception(Consumer<ExplainedTaskQuery> run) {
		identityService.setAuthentication("reception1", List.of(Roles.RECEPTION));
		ExplainedTaskQuery query = new ExplainedTaskQuery(engine.getCommandExecutorTxRequired());
		run.accept(query);
		return query;
	}

	private static void assertChecksWithExists(ExplainedTaskQuery query) {
		String sql = query.sql.replaceAll("\\s+", " ").replace("( ", "(").replace("(", "( ").toUpperCase(Locale.ROOT);
		// one EXISTS for the grants on '*' (asked once per query), one for the task's and its process definition's
		assertThat(EXISTS_CHECK.matcher(sql).results().count()).as("EXISTS authorization checks in %s", sql).isEqualTo(2);
		assertThat(AUTHORIZATION_TABLE.matcher(sql).results().count())
			.as("the authorization table appears only in the EXISTS checks: %s", sql)
			.isEqualTo(2);
		assertThat(sql.replace(" ", "")).contains("A.RESOURCE_ID_='*')", "A.RESOURCE_ID_IN(RES.ID_,D.KEY_)");
		if (TestDatabase.isPostgres()) {
			assertThat(authorizationsReadOutsideSubPlans(query.plan)).as("plan %s", query.plan).isEmpty();
		}
		else {
			assertThat(query.plan).isNull();
		}
	}

	/**
	 * Plan nodes that read the authorization table other than in a subplan (evaluated once, or per task by its id),
	 * that is as part of a join with the tasks.
	 */
	private static List<String> authorizationsReadOutsideSubPlans(String plan) {
		try {
			List<String> reads = new ArrayList<>();
			collect(new ObjectMapper().readTree(plan).get(0).get("Plan"), false, reads);
			return reads;
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(plan, e);
		}
	}

	/** Every relation a plan reads. */
	private static List<String> relationsRead(String plan) {
		try {
			return new ObjectMapper().readTree(plan).findValuesAsText("Relation Name");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(plan, e);
		}
	}

	private static void collect(JsonNode node, boolean inSubPlan, List<String> reads) {
		String relationship = node.path("Parent Relationship").asText();
		boolean sub = inSubPlan || relationship.equals("SubPlan") || relationship.equals("InitPlan");
		if (!sub && "act_ru_authorization".equalsIgnoreCase(node.path("Relation Name").asText())) {
			reads.add(node.path("Node Type").asText() + " on act_ru_authorization");
		}
		for (JsonNode child : node.path("Plans")) {
			collect(child, sub, reads);
		}
	}

}
