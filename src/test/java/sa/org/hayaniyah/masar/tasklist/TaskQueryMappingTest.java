package sa.org.hayaniyah.masar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Masar's Task.xml is the engine's own but for the authorization check, so an engine upgrade that changes the engine's
 * file fails here until the copy is taken again from the new engine and the same change applied.
 */
class TaskQueryMappingTest {

	static final String JOIN = """
			    <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
			      <if test="!authCheck.revokeAuthorizationCheckEnabled">   \s
			        <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheckJoinWithoutOnClause" />\s
			        AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})
			      </if>
			    </if>
			""";

	static final String NO_JOIN = """
			    <!-- Masar: no join with the authorizations here; they are checked with EXISTS below (authorizationCheckAsExists) -->
			""";

	static final String CHECK = """
			      <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />\s
			""";

	static final String EXISTS_CHECK = """
			      <include refid="org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.authorizationCheckAsExists" />
			""";

	static final String NEXT = "  <select id=\"selectTaskByNativeQuery\"";

	/** Candidate users and groups checked with EXISTS, so that only "involved user" needs DISTINCT (issue 22). */
	static final String[][] WITHOUT_DISTINCT = {
			{ "    select ${distinct}\n", """
					    <include refid="org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.bindTaskDistinct"/>
					    select <if test="TASK_DISTINCT">${distinct}</if>
					""" },
			{ """
					    ${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}
					    <include refid="selectTaskByQueryCriteriaSql"/>
					    ${countDistinctAfterEnd}
					""", """
					    <include refid="org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.bindTaskDistinct"/>
					    <choose>
					      <when test="TASK_DISTINCT">${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}</when>
					      <otherwise>select count(RES.ID_)</otherwise>
					    </choose>
					    <include refid="selectTaskByQueryCriteriaSql"/>
					    <if test="TASK_DISTINCT">${countDistinctAfterEnd}</if>
					""" },
			{ """
					      <if test="query != null &amp;&amp; (query.candidateUser != null || query.candidateGroups != null  || query.candidateGroupLike != null || query.involvedUser != null || query.withCandidateGroups || query.withCandidateUsers)">
					""", """
					      <!-- Masar: candidate users and groups are checked with EXISTS (bindTaskDistinct) -->
					      <if test="query != null &amp;&amp; query.involvedUser != null">
					""" },
			{ """
					                and I.TYPE_ = 'candidate'
					""", """
					                and exists (select 1 from ${prefix}ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_
					                and I.TYPE_ = 'candidate'
					""" },
			{ """
					                  and I.USER_ID_ is not null
					                </if>
					              </trim>
					""", """
					                  and I.USER_ID_ is not null
					                </if>
					                )
					              </trim>
					""" } };

	/** No per-task check when the query's own restriction implies the engine's grant ({@link ImpliedTaskGrants}). */
	static final String[][] IMPLIED_GRANTS = {
			{ """
					  <sql id="selectTaskByQueryCriteriaSql">
					""", """
					  <sql id="selectTaskByQueryCriteriaSql">
					    <!-- Masar, issue 22 (implied grants): no per-task authorization check (nor the definition join it needs) when the query asks only for
					      tasks the engine granted the user itself: offered to her groups or to her, or assigned to her (ImpliedTaskGrants) -->
					    <bind name="AUTH_CHECK" value="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null
					      &amp;&amp; !@sa.org.hayaniyah.masar.tasklist.ImpliedTaskGrants@implied(_parameter)" />
					""" },
			{ """
					        authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
					        <bind name="D_JOIN" value="true" />
					""", """
					        AUTH_CHECK">
					        <bind name="D_JOIN" value="true" />
					""" } };

	@Test
	void theCopyIsTheEnginesTaskMappingButForTheAuthorizationCheck() {
		String engine = TaskQueryMapping.read(TaskQueryMapping.ENGINE_TASK_MAPPING);
		String masar = TaskQueryMapping.read(TaskQueryMapping.TASK_MAPPING);
		assertThat(engine).contains(JOIN, CHECK, NEXT);
		String existsCheck = masar.substring(masar.indexOf("  <!-- Masar (issue 22)"), masar.indexOf(NEXT));
		assertThat(existsCheck).contains("<sql id=\"authorizationCheckAsExists\">", "<if test=\"AUTH_CHECK\">");
		String distinctCheck = masar.substring(masar.indexOf("  <!-- Masar (issue 22, no DISTINCT)"), masar.indexOf("  <sql id=\"columnSelection\">"));
		String expected = engine.replace(JOIN, NO_JOIN).replace(CHECK, EXISTS_CHECK).replace(NEXT, existsCheck + NEXT);
		for (String[] change : WITHOUT_DISTINCT) {
			assertThat(expected).as("the engine's mapping still has %s", change[0]).containsOnlyOnce(change[0]);
			expected = expected.replace(change[0], change[1]);
		}
		int columns = expected.indexOf("  <sql id=\"columnSelection\">");
		expected = expected.substring(0, columns) + distinctCheck + expected.substring(columns);
		for (String[] change : IMPLIED_GRANTS) {
			assertThat(expected).as("the mapping still has %s", change[0]).containsOnlyOnce(change[0]);
			expected = expected.replace(change[0], change[1]);
		}
		// the group counters (TaskGroupCounts): the count as before, under <otherwise>
		String count = "  <select id=\"selectTaskCountByQueryCriteria\"";
		int from = expected.indexOf(count);
		int to = expected.indexOf("  </select>\n", from) + "  </select>\n".length();
		String groupCounts = masar.substring(masar.indexOf("  <!-- Masar (issue 22, group counters)"), masar.indexOf(count))
				+ masar.substring(masar.indexOf(count), masar.indexOf("  </select>\n", masar.indexOf(count)) + "  </select>\n".length());
		String before = expected.substring(from, to);
		String body = before.substring(before.indexOf('\n') + 1, before.lastIndexOf("  </select>"));
		assertThat(groupCounts).contains("@sa.org.hayaniyah.masar.tasklist.TaskGroupCounts@groups(_parameter)",
				"      <otherwise>\n" + body.indent(4) + "      </otherwise>\n");
		expected = expected.substring(0, from) + groupCounts + expected.substring(to);
		assertThat(masar).isEqualTo(expected);
	}

	@Test
	void theEngineLoadsAllItsOwnMappersButTaskXmlFromMasar() {
		String engine = TaskQueryMapping.read("org/camunda/bpm/engine/impl/mapping/mappings.xml");
		String masar = TaskQueryMapping.mappings();
		assertThat(masar).doesNotContain(TaskQueryMapping.ENGINE_TASK_MAPPING)
			.contains(TaskQueryMapping.TASK_MAPPING)
			.isEqualTo(engine.replace(TaskQueryMapping.ENGINE_TASK_MAPPING, TaskQueryMapping.TASK_MAPPING));
	}

}
