package sa.org.hayaniyah.masar.tasklist;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start on PostgreSQL, that the triggers keeping {@code task_group_count} sit on the engine's
 * identity links and that the counters agree with the links, before counts use them ({@link TaskGroupCounts}). Flyway
 * runs before the engine makes its tables on a new database, and an engine upgrade may make a table again, so the
 * migration alone cannot be relied on; {@code task_group_count_install()} (V38) holds off link changes while it
 * checks, so none is missed. Until then, and on H2, counts count tasks.
 */
@Component
class TaskGroupCountTriggers {

	private static final Logger log = LoggerFactory.getLogger(TaskGroupCountTriggers.class);

	private final ProcessEngineConfigurationImpl engine;

	private final JdbcTemplate jdbc;

	TaskGroupCountTriggers(ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc) {
		this.engine = engine;
		this.jdbc = jdbc;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		if (!(engine instanceof TaskQueryMapping.Engine masar) || !DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
			return;
		}
		if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regprocedure('task_group_count_install()') IS NOT NULL",
				Boolean.class))) {
			log.warn("task_group_count_install() is missing (migration V38): group counts count tasks");
			return;
		}
		long start = System.nanoTime();
		String done = jdbc.queryForObject("SELECT task_group_count_install()", String.class);
		log.info("Task counters per candidate groups: {} ({} ms)", done, (System.nanoTime() - start) / 1_000_000);
		masar.taskGroupCounts = true;
	}

}
