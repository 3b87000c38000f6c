package sa.org.hayaniyah.masar.dashboard;

import java.sql.Date;
import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.org.hayaniyah.masar.committee.DecisionRecorded;
import sa.org.hayaniyah.masar.committee.Outcome;
import sa.org.hayaniyah.masar.intake.RequestsSubmitted;

/**
 * The supervisors' figures kept as the journey moves (issue 24), so that the board reads small indexed tables: each
 * request's time per stage ({@code dashboard_stage_time}, one row per request and stage), final decisions and those
 * within the deadline per day, and requests per channel and day. Each is written in the transaction that makes the
 * change, by the engine's history (a stage's activity ended, {@link StageTimeHistory}) or by the intake's and the
 * committee's events; an increment is one statement that inserts or adds, so two nodes writing the same day never
 * lose a count. {@link #fill()} computes all three from the engine's history and the owners' views, as the board did
 * before; it runs once on the first start of this version for the history already there.
 */
@Component
class KeptFigures {

	private static final Logger log = LoggerFactory.getLogger(KeptFigures.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final boolean postgres;

	KeptFigures(JdbcClient jdbc, PlatformTransactionManager transactionManager, DataSource dataSource)
			throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	// ---- kept as the journey moves --------------------------------------------------------------------------------

	/** One of the stage's activities ended: its time adds to the request's time in the stage, which ended now. */
	void stageEnded(String processInstanceId, JourneyStage stage, Instant endedAt, long spentMillis) {
		upsert("""
				INSERT INTO dashboard_stage_time (process_instance_id, stage, ended_at, spent_ms) VALUES (?, ?, ?, ?)
				ON CONFLICT (process_instance_id, stage) DO UPDATE SET spent_ms = dashboard_stage_time.spent_ms + EXCLUDED.spent_ms,
				  ended_at = GREATEST(dashboard_stage_time.ended_at, EXCLUDED.ended_at)""", """
				MERGE INTO dashboard_stage_time t
				USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(30)), CAST(? AS TIMESTAMP), CAST(? AS BIGINT)))
				  AS s (process_instance_id, stage, ended_at, spent_ms)
				ON t.process_instance_id = s.process_instance_id AND t.stage = s.stage
				WHEN MATCHED THEN UPDATE SET spent_ms = t.spent_ms + s.spent_ms, ended_at = GREATEST(t.ended_at, s.ended_at)
				WHEN NOT MATCHED THEN INSERT (process_instance_id, stage, ended_at, spent_ms)
				  VALUES (s.process_instance_id, s.stage, s.ended_at, s.spent_ms)""",
				processInstanceId, stage.name(), Timestamp.from(endedAt), spentMillis);
	}

	/** Counted on the day of submission (the JVM's zone, the one timestamps are stored in), by channel. */
	@EventListener
	void submitted(RequestsSubmitted event) {
		Map<String, Integer> counts = new TreeMap<>();
		event.requests()
			.forEach(r -> counts.merge(day(r.submittedAt()) + "|" + r.channel().name(), 1, Integer::sum));
		counts.forEach((key, requests) -> {
			String[] dayAndChannel = key.split("\\|");
			upsert("""
					INSERT INTO dashboard_channel_day (on_day, channel, requests) VALUES (?, ?, ?)
					ON CONFLICT (on_day, channel) DO UPDATE SET requests = dashboard_channel_day.requests + EXCLUDED.requests""", """
					MERGE INTO dashboard_channel_day t
					USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(10)), CAST(? AS INTEGER))) AS s (on_day, channel, requests)
					ON t.on_day = s.on_day AND t.channel = s.channel
					WHEN MATCHED THEN UPDATE SET requests = t.requests + s.requests
					WHEN NOT MATCHED THEN INSERT (on_day, channel, requests) VALUES (s.on_day, s.channel, s.requests)""",
					Date.valueOf(dayAndChannel[0]), dayAndChannel[1], requests);
		});
	}

	/** A final decision counts on its day, within the deadline when taken by the request's committee deadline. */
	@EventListener
	void decided(DecisionRecorded event) {
		if (event.outcome() != Outcome.APPROVED && event.outcome() != Outcome.REJECTED) {
			return;
		}
		Timestamp decidedAt = Timestamp.from(event.decidedAt());
		upsert("""
				INSERT INTO dashboard_decision_day (on_day, decided, within_deadline)
				SELECT ?, 1, CASE WHEN ? <= r.committee_deadline THEN 1 ELSE 0 END FROM request_summary r WHERE r.id = ?
				ON CONFLICT (on_day) DO UPDATE SET decided = dashboard_decision_day.decided + EXCLUDED.decided,
				  within_deadline = dashboard_decision_day.within_deadline + EXCLUDED.within_deadline""", """
				MERGE INTO dashboard_decision_day t
				USING (SELECT CAST(? AS DATE) AS on_day, 1 AS decided,
				    CASE WHEN CAST(? AS TIMESTAMP) <= r.committee_deadline THEN 1 ELSE 0 END AS within_deadline
				  FROM request_summary r WHERE r.id = ?) AS s
				ON t.on_day = s.on_day
				WHEN MATCHED THEN UPDATE SET decided = t.decided + s.decided, within_deadline = t.within_deadline + s.within_deadline
				WHEN NOT MATCHED THEN INSERT (on_day, decided, within_deadline) VALUES (s.on_day, s.decided, s.within_deadline)""",
				Date.valueOf(day(event.decidedAt())), decidedAt, event.requestId());
	}

	/**
	 * Insert or add, in the same transaction as the change counted. PostgreSQL's ON CONFLICT waits for a concurrent
	 * insert of the same key and then adds; H2's MERGE does not: when another transaction inserted the row meanwhile it
	 * fails with a duplicate key, and once more it finds the row and adds (the loser of a race on one task still fails
	 * after, with the engine's optimistic locking, as a 409).
	 */
	private void upsert(String postgresSql, String h2Merge, Object... params) {
		if (postgres) {
			jdbc.sql(postgresSql).params(params).update();
			return;
		}
		try {
			jdbc.sql(h2Merge).params(params).update();
		}
		catch (DuplicateKeyException raced) {
			jdbc.sql(h2Merge).params(params).update();
		}
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneId.systemDefault());
	}

	// ---- filled from the history ------------------------------------------------------------------------------------

	/**
	 * On the first start of this version (the migration leaves a marker): the figures of the history already there.
	 * The marker is deleted in the same transaction, so of two nodes starting together one fills, the other waits for
	 * its commit and finds nothing to do.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void fillOnce() {
		boolean filled = Boolean.TRUE.equals(transaction.execute(status -> {
			if (jdbc.sql("DELETE FROM dashboard_fill_pending WHERE name = 'KEPT_FIGURES'").update() == 0) {
				return false;
			}
			fillInCurrentTransaction();
			return true;
		}));
		if (filled) {
			long[] rows = jdbc.sql("""
					SELECT (SELECT COUNT(*) FROM dashboard_stage_time), (SELECT COUNT(*) FROM dashboard_decision_day),
					  (SELECT COUNT(*) FROM dashboard_channel_day)""")
				.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.single();
			log.info("Supervisors' kept figures filled from the existing history: {} stage times, {} days of decisions, "
					+ "{} days and channels of requests", rows[0], rows[1], rows[2]);
		}
	}

	/**
	 * Replaces the kept figures with those computed from the engine's history and the owners' views, in one
	 * transaction; running it again gives the same rows. A stage activity ending meanwhile on another transaction waits
	 * for this one (its row is locked or taken) and then adds to the filled row.
	 */
	void fill() {
		transaction.executeWithoutResult(status -> fillInCurrentTransaction());
	}

	private void fillInCurrentTransaction() {
		jdbc.sql("DELETE FROM dashboard_stage_time").update();
		jdbc.sql("DELETE FROM dashboard_decision_day").update();
		jdbc.sql("DELETE FROM dashboard_channel_day").update();
		String stage = JourneyStage.sqlStageOf("a.ACT_ID_");
		String activities = JourneyStage.allTimedActivities().stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
		jdbc.sql("""
				INSERT INTO dashboard_stage_time (process_instance_id, stage, ended_at, spent_ms)
				SELECT a.PROC_INST_ID_, %1$s, MAX(a.END_TIME_), SUM(COALESCE(a.DURATION_, 0))
				FROM ACT_HI_ACTINST a
				WHERE a.PROC_DEF_KEY_ = ? AND a.END_TIME_ IS NOT NULL AND a.ACT_ID_ IN (%2$s)
				GROUP BY a.PROC_INST_ID_, %1$s""".formatted(stage, activities))
			.param(JourneyStage.PROCESS)
			.update();
		jdbc.sql("""
				INSERT INTO dashboard_decision_day (on_day, decided, within_deadline)
				SELECT CAST(d.decided_at AS DATE), COUNT(*),
				  SUM(CASE WHEN d.decided_at <= r.committee_deadline THEN 1 ELSE 0 END)
				FROM committee_outcome d JOIN request_summary r ON r.id = d.request_id
				WHERE d.outcome IN ('APPROVED', 'REJECTED')
				GROUP BY CAST(d.decided_at AS DATE)""").update();
		jdbc.sql("""
				INSERT INTO dashboard_channel_day (on_day, channel, requests)
				SELECT CAST(submitted_at AS DATE), channel, COUNT(*) FROM request_summary
				GROUP BY CAST(submitted_at AS DATE), channel""").update();
	}

}
