package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestDatabase;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * Issue 22: the engine checks task authorizations with an EXISTS per task, never by joining the tasks with the
 * authorization table (with one authorization per task that join compared every task with every authorization). The
 * SQL is what the engine generates for the queries Tasklist sends as reception1; on PostgreSQL its plan must reach the
 * authorization table only as a semi-join or a subplan.
 */
@MasarIntegrationTest
class TaskAuthorizationQueryPlanTest extends DatabaseTestSupport {

	private static final Pattern AUTHORIZATION_TABLE = Pattern.compile("ACT_RU_AUTHORIZATION");

	private static final Pattern EXISTS_CHECK = Pattern.compile(
			"EXISTS \\( SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE .*? AND A\\.RESOURCE_ID_ IN \\( ?RES\\.ID_ ?, ?D\\.KEY_ ?, ?'\\*' ?\\)");

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void logOut() {
		identityService.clearAuthentication();
	}

	@Test
	void theGroupListChecksAuthorizationsWithExists() {
		ExplainedTaskQuery query = asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks()
			.orderByTaskCreateTime().desc().listPage(0, 15));
		assertChecksWithExists(query);
	}

	@Test
	void theCountChecksAuthorizationsWithExists() {
		ExplainedTaskQuery query = asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks().count());
		assertChecksWithExists(query);
	}

	@Test
	void searchesAndOrQueriesCheckAuthorizationsWithExists() {
		assertChecksWithExists(asReception(q -> q.taskCandidateGroup(Roles.RECEPTION).includeAssignedTasks()
			.processVariableValueEquals("nationalId", "1000000008").list()));
		assertChecksWithExists(asReception(q -> q.or().taskCandidateGroupIn(List.of(Roles.RECEPTION)).taskAssignee("reception1")
			.endOr().processInstanceBusinessKey("HY-1447-000001").count()));
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
		Matcher exists = EXISTS_CHECK.matcher(sql);
		assertThat(exists.find()).as("an EXISTS authorization check in %s", sql).isTrue();
		assertThat(AUTHORIZATION_TABLE.matcher(sql).results().count())
			.as("the authorization table appears only in the EXISTS check: %s", sql)
			.isEqualTo(1);
		if (TestDatabase.isPostgres()) {
			assertThat(joinsOverAuthorizations(query.plan)).as("plan %s", query.plan).isEmpty();
		}
		else {
			assertThat(query.plan).isNull();
		}
	}

	/** Plan nodes that join rows with the authorization table other than as a semi-join (one match per task). */
	private static List<String> joinsOverAuthorizations(String plan) {
		try {
			List<String> joins = new ArrayList<>();
			collect(new ObjectMapper().readTree(plan).get(0).get("Plan"), joins);
			return joins;
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(plan, e);
		}
	}

	private static void collect(JsonNode node, List<String> joins) {
		JsonNode children = node.path("Plans");
		String joinType = node.path("Join Type").asText("");
		for (JsonNode child : children) {
			boolean throughSubPlan = child.path("Parent Relationship").asText().equals("SubPlan")
					|| child.path("Parent Relationship").asText().equals("InitPlan");
			if (!joinType.isEmpty() && !throughSubPlan && !joinType.equals("Semi") && !joinType.equals("Anti")
					&& readsAuthorizations(child) && !readsTasks(child)) {
				joins.add(node.path("Node Type").asText() + " " + joinType);
			}
			collect(child, joins);
		}
	}

	private static boolean readsAuthorizations(JsonNode node) {
		return reads(node, "act_ru_authorization");
	}

	private static boolean readsTasks(JsonNode node) {
		return reads(node, "act_ru_task");
	}

	private static boolean reads(JsonNode node, String table) {
		if (table.equalsIgnoreCase(node.path("Relation Name").asText())) {
			return true;
		}
		for (JsonNode child : node.path("Plans")) {
			if (reads(child, table)) {
				return true;
			}
		}
		return false;
	}

}
