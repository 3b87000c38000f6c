package sa.org.hayaniyah.masar.tasklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;

/**
 * A task query that, instead of running, keeps the SQL the engine would send for it and, on PostgreSQL, the plan:
 * the steps of {@code TaskQueryImpl#executeList} and {@code TaskManager#findTasksByQueryCriteria} up to the statement,
 * which is bound by MyBatis as the engine binds it. {@code list()}/{@code count()} fill {@link #sql} and
 * {@link #plan}.
 */
class ExplainedTaskQuery extends TaskQueryImpl {

	String sql;

	/** EXPLAIN (FORMAT JSON) of the statement on PostgreSQL, else null. */
	String plan;

	ExplainedTaskQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public List<Task> executeList(CommandContext commandContext, Page page) {
		explain(commandContext, "selectTaskByQueryCriteria");
		return List.of();
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		explain(commandContext, "selectTaskCountByQueryCriteria");
		return 0;
	}

	private void explain(CommandContext commandContext, String statement) {
		ensureOrExpressionsEvaluated();
		ensureVariablesInitialized();
		checkQueryOk();
		resetCachedCandidateGroups();
		decideAuthorizationJoinType(commandContext);
		commandContext.getAuthorizationManager().configureTaskQuery(this);
		commandContext.getTenantManager().configureQuery(this);

		ProcessEngineConfigurationImpl engine = commandContext.getProcessEngineConfiguration();
		DbSqlSessionFactory factory = engine.getDbSqlSessionFactory();
		MappedStatement mapped = engine.getSqlSessionFactory().getConfiguration()
			.getMappedStatement(factory.mapStatement(statement));
		BoundSql bound = mapped.getBoundSql(this);
		sql = bound.getSql();
		if (!DbSqlSessionFactory.POSTGRES.equals(factory.getDatabaseType())) {
			return;
		}
		Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
		try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
			mapped.getConfiguration().newParameterHandler(mapped, this, bound).setParameters(explain);
			try (ResultSet rs = explain.executeQuery()) {
				rs.next();
				plan = rs.getString(1);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("EXPLAIN of " + statement + " failed", e);
		}
	}

}
