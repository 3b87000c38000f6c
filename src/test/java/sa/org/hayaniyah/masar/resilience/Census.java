package sa.org.hayaniyah.masar.resilience;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds after a run, counted straight from the tables: what is present, what is there more than
 * once, which running instances wait for nothing (stuck), incidents, and the outbox's state.
 */
final class Census {

	private final String url;

	Census(String url) {
		this.url = url;
	}

	long count(String sql) {
		try (Connection c = Resilience.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	List<String> strings(String sql) {
		try (Connection c = Resilience.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	List<Object[]> rows(String sql) {
		try (Connection c = Resilience.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			List<Object[]> values = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = rs.getObject(i + 1);
				}
				values.add(row);
			}
			return values;
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	/** Groups of {@code key} appearing more than once in {@code table}. */
	long duplicated(String table, String key) {
		return count("SELECT COUNT(*) FROM (SELECT " + key + " FROM " + table + " WHERE " + key.split(",")[0]
				+ " IS NOT NULL GROUP BY " + key + " HAVING COUNT(*) > 1) d");
	}

	/** Reference numbers present for a step ({@code sql} selects reference numbers). */
	Set<String> present(String sql) {
		return new HashSet<>(strings(sql));
	}

	/** Acknowledged but not in the database. */
	static long lost(Set<String> acknowledged, Set<String> present) {
		return acknowledged.stream().filter(a -> !present.contains(a)).count();
	}

	/** Jobs the job log shows as run successfully more than once. */
	/**
	 * Jobs that succeeded more than once. The engine's history cleanup job is left out: it is one job that runs again and
	 * again inside its nightly window (02:00 to 05:00), by design (a CI run inside the window counted it).
	 */
	long jobsRunTwice() {
		return count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 "
				+ "AND job_def_type_ <> 'history-cleanup' GROUP BY job_id_ HAVING COUNT(*) > 1) d");
	}

	long incidents() {
		return count("SELECT COUNT(*) FROM act_ru_incident");
	}

	/**
	 * Running process instances whose whole call tree (the instance and the instances its call activities started)
	 * has no task, no job and no event subscription (message, timer, signal): nothing will ever move them.
	 */
	List<String> stuck() {
		Map<String, String> parentOf = new HashMap<>();
		for (Object[] row : rows("""
				SELECT e.proc_inst_id_, s.proc_inst_id_ FROM act_ru_execution e
				JOIN act_ru_execution s ON s.id_ = e.super_exec_ WHERE e.super_exec_ IS NOT NULL""")) {
			parentOf.put((String) row[0], (String) row[1]);
		}
		Set<String> busy = new HashSet<>(strings("""
				SELECT proc_inst_id_ FROM act_ru_task WHERE proc_inst_id_ IS NOT NULL
				UNION SELECT process_instance_id_ FROM act_ru_job WHERE process_instance_id_ IS NOT NULL
				UNION SELECT proc_inst_id_ FROM act_ru_event_subscr WHERE proc_inst_id_ IS NOT NULL
				UNION SELECT proc_inst_id_ FROM act_ru_ext_task WHERE proc_inst_id_ IS NOT NULL"""));
		Set<String> busyRoots = new HashSet<>();
		for (String instance : busy) {
			String root = instance;
			while (parentOf.containsKey(root)) {
				root = parentOf.get(root);
			}
			busyRoots.add(root);
		}
		List<String> stuck = new ArrayList<>();
		for (String root : strings("SELECT id_ FROM act_ru_execution WHERE id_ = proc_inst_id_ AND super_exec_ IS NULL")) {
			if (!busyRoots.contains(root)) {
				stuck.add(root);
			}
		}
		return stuck;
	}

	/** Waits (polling, bounded) until the job executor and the dispatcher have nothing due left. */
	Duration quiesce(Duration patience) {
		Instant start = Instant.now();
		Journey.poll(patience, () -> count("""
				SELECT (SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1
				          AND (duedate_ IS NULL OR duedate_ <= LOCALTIMESTAMP))
				     + (SELECT COUNT(*) FROM notification WHERE status = 'SENDING'
				          OR (status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= LOCALTIMESTAMP)))""") == 0
						? Boolean.TRUE : null);
		return Duration.between(start, Instant.now());
	}

}
