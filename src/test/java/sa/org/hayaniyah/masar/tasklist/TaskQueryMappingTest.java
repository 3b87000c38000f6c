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

	@Test
	void theCopyIsTheEnginesTaskMappingButForTheAuthorizationCheck() {
		String engine = TaskQueryMapping.read(TaskQueryMapping.ENGINE_TASK_MAPPING);
		String masar = TaskQueryMapping.read(TaskQueryMapping.TASK_MAPPING);
		assertThat(engine).contains(JOIN, CHECK, NEXT);
		String existsCheck = masar.substring(masar.indexOf("  <!-- Masar (issue 22)"), masar.indexOf(NEXT));
		assertThat(existsCheck).contains("<sql id=\"authorizationCheckAsExists\">");
		assertThat(masar).isEqualTo(engine.replace(JOIN, NO_JOIN).replace(CHECK, EXISTS_CHECK).replace(NEXT, existsCheck + NEXT));
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
