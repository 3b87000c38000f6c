package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import jakarta.ws.rs.core.Response;

/**
 * Issue 21 ("clear answers in trouble"): a database out of reach is a 503 with Retry-After and the Arabic "try again
 * shortly" on the engine REST API and on Masar's API, whatever wraps the driver's or the pool's failure.
 */
class DatabaseUnavailableTest {

	/** What Hikari throws when no connection comes within its timeout, as the engine wraps it. */
	static ProcessEngineException engineWithoutConnection() {
		SQLTransientConnectionException pool = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 5000ms.");
		return new ProcessEngineException("Could not open connection", new PersistenceException("### Error querying database", pool));
	}

	@Test
	void thePoolsTimeoutAndRefusedConnectionsMeanTheDatabaseIsOutOfReach() {
		assertThat(DatabaseUnavailable.in(engineWithoutConnection())).isTrue();
		assertThat(DatabaseUnavailable.in(new RuntimeException(new SQLException("Connection refused", "08001")))).isTrue();
		assertThat(DatabaseUnavailable.in(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
		assertThat(DatabaseUnavailable.in(new CannotGetJdbcConnectionException("no connection"))).isTrue();
	}

	/** A command that lost its connection rolls back on it too: the rollback's failure hides the cause. */
	@Test
	void aFailedRollbackAfterALostConnectionIsAnOutage() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new SQLException("An I/O error occurred while sending to the backend", "08006"));

		assertThat(DatabaseUnavailable.in(new ProcessEngineException("persistence", rollback))).isTrue();
		// a failed commit whose rollback fails too: the commit's reason is only logged
		assertThat(DatabaseUnavailable.in(new ProcessEngineException("persistence",
				new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
		assertThat(DatabaseUnavailable.in(new TransactionSystemException("commit failed", new SQLException("serialization", "40001"))))
			.isFalse();
	}

	@Test
	void theEngineRestApiAnswers503WhenATransactionCannotBegin() {
		Response response = new EngineRestErrors.ForTransaction().toResponse(new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction", new SQLTransientConnectionException("timeout")));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
	}

	@Test
	void otherFailuresAreNotMistakenForAnOutage() {
		assertThat(DatabaseUnavailable.in(new SQLException("value too long for type character varying(60)", "22001"))).isFalse();
		assertThat(DatabaseUnavailable.in(new SQLException("duplicate key value", "23505"))).isFalse();
		assertThat(DatabaseUnavailable.in(new ProcessEngineException("Unknown property used in expression"))).isFalse();
		assertThat(DatabaseUnavailable.in(null)).isFalse();
	}

	@Test
	void theEngineRestApiAnswers503InArabicWithRetryAfter() {
		Response response = EngineRestErrors.answer(engineWithoutConnection());

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) response.getEntity();
		assertThat(body).containsEntry("type", "DatabaseUnavailable").containsEntry("message", DatabaseUnavailable.ARABIC);
	}

	@Test
	void masarsApiAnswers503InArabicWithRetryAfter() {
		ResponseEntity<ProblemDetail> response = new ApiProblems()
			.databaseUnavailable(new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout")));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(response.getBody().getProperties()).containsEntry("arabic", DatabaseUnavailable.ARABIC);
	}

}
