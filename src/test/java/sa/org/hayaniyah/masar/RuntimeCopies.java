package sa.org.hayaniyah.masar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk seeding for the benchmarks on PostgreSQL: copies one real process instance's runtime rows (execution tree,
 * tasks, candidate links, the engine's task authorizations, variables, jobs, event subscriptions) once for each n, in
 * SQL. Every id is changed the same way for copy n, so the copies reference each other as the originals do; copy n
 * has its own business key and reference ({@link #businessKey}) and national ID ({@link #nationalId}). History is not
 * copied.
 */
public final class RuntimeCopies {

	/** A column's value in the copies instead of the usual one ({@code copied}, an SQL expression over {@code T} and {@code n}). */
	public interface Column {

		String value(String table, String column, String copied);

	}

	private RuntimeCopies() {
	}

	public static String businessKey(int n) {
		return String.format(Locale.ROOT, "HY-BENCH-%07d", n);
	}

	public static String nationalId(int n) {
		return String.format(Locale.ROOT, "19%08d", n);
	}

	/** Copies {@code template}'s runtime rows once for each n in [from, to]. */
	public static void copy(JdbcTemplate jdbc, String template, int from, int to) {
		copy(jdbc, template, from, to, (table, column, copied) -> copied);
	}

	/** The same, with some columns valued by {@code column}. */
	public static void copy(JdbcTemplate jdbc, String template, int from, int to, Column column) {
		String tasks = "SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = '" + template + "'";
		String variables = "SELECT ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = '" + template + "'";
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put("ACT_GE_BYTEARRAY", "ID_ IN (SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE ID_ IN (" + variables + "))");
		rows.put("ACT_RU_EXECUTION", "PROC_INST_ID_ = '" + template + "'");
		rows.put("ACT_RU_TASK", "PROC_INST_ID_ = '" + template + "'");
		rows.put("ACT_RU_IDENTITYLINK", "TASK_ID_ IN (" + tasks + ")");
		rows.put("ACT_RU_VARIABLE", "PROC_INST_ID_ = '" + template + "'");
		rows.put("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ IN (" + tasks + ")");
		rows.put("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ = '" + template + "'");
		rows.put("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ = '" + template + "'");
		rows.forEach((table, where) -> {
			String values = columns(jdbc, table).stream().map(c -> column.value(table, c, copied(table, c)))
				.collect(Collectors.joining(", "));
			jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns(jdbc, table)) + ") SELECT " + values + " FROM "
					+ table + " T, generate_series(" + from + ", " + to + ") n WHERE T." + where);
		});
	}

	/** The columns a copy can set (not an identity or generated one), lower case, in table order. */
	public static List<String> columns(JdbcTemplate jdbc, String table) {
		return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
				+ "AND table_schema = current_schema() AND is_identity = 'NO' AND is_generated = 'NEVER' ORDER BY ordinal_position",
				String.class, table.toLowerCase(Locale.ROOT));
	}

	private static final List<String> IDS = List.of("id_", "proc_inst_id_", "execution_id_", "parent_id_", "super_exec_",
			"root_proc_inst_id_", "task_id_", "bytearray_id_", "parent_task_id_", "act_inst_id_", "process_instance_id_",
			"exception_stack_id_", "var_scope_");

	/** An engine id as copy n has it: the UUID's node (its last 12 characters) becomes n, same length, as unique. */
	public static String copiedId(String value) {
		return "left(" + value + ", length(" + value + ") - 12) || 'c0' || lpad(to_hex(n), 10, '0')";
	}

	private static String copied(String table, String column) {
		String value = "T." + column;
		if (IDS.contains(column) || (table.equals("ACT_RU_AUTHORIZATION") && column.equals("resource_id_"))) {
			return copiedId(value);
		}
		if (column.equals("business_key_")) {
			return "CASE WHEN T.business_key_ IS NULL THEN NULL ELSE 'HY-BENCH-' || lpad(n::text, 7, '0') END";
		}
		if (table.equals("ACT_RU_TASK") && column.equals("create_time_")) {
			return "T.create_time_ - n * interval '1 second'";
		}
		if (table.equals("ACT_RU_VARIABLE") && column.equals("text_")) {
			return "CASE T.name_ WHEN 'nationalId' THEN '19' || lpad(n::text, 8, '0') "
					+ "WHEN 'referenceNumber' THEN 'HY-BENCH-' || lpad(n::text, 7, '0') ELSE T.text_ END";
		}
		return value;
	}

}
