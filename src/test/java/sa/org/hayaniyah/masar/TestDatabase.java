package sa.org.hayaniyah.masar;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the engine and domain tests run on. The default test run uses in-memory H2; the surefire execution
 * {@code postgres-test} sets {@code masar.test.database=postgres} and each run gets a fresh database on the local
 * server, so runs never see each other's cases. Databases of earlier runs that nobody uses any more are dropped
 * when the next run starts (dropping at JVM exit would race with the closing connection pool).
 */
public final class TestDatabase implements ExecutionCondition {

	static final String SELECTED = System.getProperty("masar.test.database", "h2");

	static final String POSTGRES_URL = System.getProperty("masar.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");

	static final boolean REQUIRE_POSTGRES = Boolean.getBoolean("masar.test.require-postgres");

	private static String database;

	private static Boolean reachable;

	public static boolean isPostgres() {
		return "postgres".equals(SELECTED);
	}

	static void register(DynamicPropertyRegistry registry) {
		if (isPostgres() && isReachable()) {
			registry.add("spring.datasource.url", TestDatabase::freshDatabaseUrl);
			registry.add("spring.datasource.username", () -> "postgres");
			registry.add("spring.datasource.password", () -> "");
		}
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!isPostgres()) {
			return ConditionEvaluationResult.enabled("running on H2");
		}
		if (isReachable()) {
			return ConditionEvaluationResult.enabled("running on PostgreSQL " + POSTGRES_URL);
		}
		String message = "PostgreSQL is not reachable at " + POSTGRES_URL + ": the PostgreSQL run of "
				+ context.getDisplayName() + " is SKIPPED";
		if (REQUIRE_POSTGRES) {
			throw new IllegalStateException(message + " but masar.test.require-postgres=true");
		}
		System.err.println("\n*** WARNING *** " + message + " ***\n");
		return ConditionEvaluationResult.disabled(message);
	}

	private static synchronized boolean isReachable() {
		if (reachable == null) {
			DriverManager.setLoginTimeout(3);
			try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
				reachable = true;
			}
			catch (SQLException e) {
				reachable = false;
			}
		}
		return reachable;
	}

	private static synchronized String freshDatabaseUrl() {
		if (database == null) {
			String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
			database = String.format(Locale.ROOT, "masar_it_%d_%s", System.currentTimeMillis(), pid);
			dropAbandonedDatabases("masar_it_");
			execute("CREATE DATABASE " + database);
			hold(database);
		}
		return POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + database;
	}

	/** Connections held for the JVM's life, one per database it created. */
	private static final List<Connection> HELD = new ArrayList<>();

	/**
	 * Keeps a connection to a database just created until the JVM ends: the Spring context connects only some 20 s
	 * later, and meanwhile another run's {@link #dropAbandonedDatabases} would take it for abandoned and drop it.
	 */
	private static synchronized void hold(String name) {
		try {
			HELD.add(DriverManager.getConnection(POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + name,
					"postgres", ""));
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot connect to the database just created, " + name, e);
		}
	}

	/** Drops the databases named {@code prefix...} that earlier runs left and nobody is connected to. */
	public static void dropAbandonedDatabases(String prefix) {
		try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT datname FROM pg_database d WHERE datname LIKE '" + prefix.replace("_", "\\_")
						+ "%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
			List<String> abandoned = new ArrayList<>();
			while (rs.next()) {
				abandoned.add(rs.getString(1));
			}
			for (String name : abandoned) {
				execute("DROP DATABASE IF EXISTS " + name);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not list test databases on " + POSTGRES_URL, e);
		}
	}

	/**
	 * A benchmark's own database {@code masar_bench_<time>} on the PostgreSQL server, any statement stopped after a
	 * minute, registered as the application's datasource.
	 */
	public static void registerBenchmarkDatabase(DynamicPropertyRegistry registry) {
		String url = createBenchmarkDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/** Creates a benchmark database of its own ({@code masar_bench_<time>}, statements stopped after a minute); its URL. */
	public static synchronized String createBenchmarkDatabase() {
		String name = "masar_bench_" + System.nanoTime();
		execute("CREATE DATABASE " + name);
		execute("ALTER DATABASE " + name + " SET statement_timeout = '60s'");
		hold(name);
		return POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + name;
	}

	/** Runs a statement on the server's maintenance database (CREATE or DROP DATABASE, ALTER DATABASE). */
	public static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", ""); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + POSTGRES_URL, e);
		}
	}

}
