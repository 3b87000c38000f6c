package sa.org.hayaniyah.masar.tasklist;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Staff find a request in Tasklist by the applicant's national ID (a process variable). The engine has no index on
 * variable values, so on PostgreSQL the search read every variable (about 0.5 to 1.4 s at 100,000 open requests,
 * issue 22). A partial index on the national IDs alone finds it directly; it stays small, and no long text value of
 * another variable can exceed an index entry. Created by Masar after the engine has made its tables (Flyway runs before
 * them), concurrently so that a start on a large database does not hold up the work.
 */
@Component
class NationalIdIndex {

	private final ProcessEngineConfigurationImpl engine;

	private final JdbcTemplate jdbc;

	NationalIdIndex(ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc) {
		this.engine = engine;
		this.jdbc = jdbc;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		if (DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
			jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS MASAR_IDX_VAR_NATIONAL_ID ON "
					+ engine.getDatabaseTablePrefix() + "ACT_RU_VARIABLE (TEXT_) WHERE NAME_ = 'nationalId'");
		}
	}

}
