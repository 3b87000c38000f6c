package sa.org.hayaniyah.masar.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What contributors do with their own tables, over a set of keys bound as {@code :ids}: nothing when the set is
 * empty (an empty IN list is not SQL).
 */
public final class PersonalRows {

	private PersonalRows() {
	}

	/** Rows with lower-case column names, as PostgreSQL gives them and H2 does not. */
	public static List<Map<String, Object>> select(JdbcClient jdbc, String sql, Collection<?> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(sql).param("ids", ids).query().listOfRows().stream().map(PersonalRows::lowerCase).toList();
	}

	public static <T> List<T> list(JdbcClient jdbc, String sql, Collection<?> ids, Class<T> type) {
		return ids.isEmpty() ? List.of() : jdbc.sql(sql).param("ids", ids).query(type).list();
	}

	public static int update(JdbcClient jdbc, String sql, Collection<?> ids) {
		return ids.isEmpty() ? 0 : jdbc.sql(sql).param("ids", ids).update();
	}

	/** The latest of a timestamp column over the keys. */
	public static Optional<Instant> latest(JdbcClient jdbc, String sql, Collection<?> ids) {
		return list(jdbc, sql, ids, Timestamp.class).stream()
			.filter(Objects::nonNull)
			.map(Timestamp::toInstant)
			.max(Instant::compareTo);
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> copy = new LinkedHashMap<>();
		row.forEach((column, value) -> copy.put(column.toLowerCase(Locale.ROOT), value));
		return copy;
	}

}
