package sa.org.hayaniyah.masar.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached (down, restarting, connections refused, the pool's wait over): not the user's mistake
 * and not a defect, so callers are told in Arabic to try again shortly (503 with Retry-After) instead of a bare 500.
 */
final class DatabaseUnavailable {

	static final String ARABIC = "الخدمة غير متاحة مؤقتًا؛ أعد المحاولة بعد قليل.";

	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	/** Whether {@code failure} or one of its causes says the database is out of reach. */
	public static boolean in(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
			// the rollback after a lost connection fails too and hides why it rolled back: its application exception
			// says, or, after a failed commit, only Hikari's "Connection is closed" (no SQLState) on the connection it
			// has just evicted as broken
			if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& in(rollback.getApplicationException())) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			// SQLState class 08 is "connection exception"; 57P01-57P03: the server is shutting down or starting
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
				return true;
			}
		}
		return false;
	}

}
