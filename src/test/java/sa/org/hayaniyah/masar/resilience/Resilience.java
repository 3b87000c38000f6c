package sa.org.hayaniyah.masar.resilience;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import sa.org.hayaniyah.masar.TestDatabase;

/**
 * What the resilience tests share: their size ({@code masar.resilience.size}, short in {@code ./mvnw verify}, full with
 * {@code -Presilience}), which of them runs ({@code -Dresilience=crash|two-nodes|load}, all by default), the local
 * PostgreSQL they need, and where they write their figures ({@code target/resilience/*.md}).
 */
final class Resilience {

	static final String POSTGRES_URL = System.getProperty("masar.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");

	static final boolean FULL = "full".equals(System.getProperty("masar.resilience.size", "short"));

	static final Path TARGET = Path.of("target", "resilience");

	private Resilience() {
	}

	/** A size: {@code -Dresilience.<name>=...} if given, else the full or short figure. */
	static int size(String name, int full, int shortVersion) {
		return Integer.getInteger("resilience." + name, FULL ? full : shortVersion);
	}

	static String sizeName() {
		return FULL ? "full" : "short";
	}

	/**
	 * The application's settings changed for a harness run, so that its figures come in minutes: printed with the
	 * results. SMS go to the loopback gateway over HTTP, e-mail to the loopback SMTP server.
	 */
	static java.util.Map<String, String> applicationProperties(SmsGateway sms, MailServer mail) {
		java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
		properties.put("masar.notification.sms.mode", "http");
		properties.put("masar.notification.sms.url", sms.url());
		properties.putAll(mail.applicationProperties());
		// the dispatcher looks every second (default 10 s); the survey invitation waits 1 s (default 2 h)
		properties.put("masar.notification.dispatch-interval", "PT1S");
		properties.put("masar.notification.delays.survey-invitation", "PT1S");
		// a message left SENDING by a killed node is settled after 20 s (default 5 min)
		properties.put("masar.notification.claim-timeout", "PT20S");
		// the public endpoints' limits per address and national ID, far above what the harness sends from 127.0.0.1
		properties.put("masar.rate-limit.per-ip.capacity", "1000000");
		properties.put("masar.rate-limit.per-national-id.capacity", "1000");
		// login throttling takes a token per Basic-auth call in flight until the account has logged in well from the
		// address (then its parallel calls pass, LoginThrottleTest); the harness's first burst of parallel clients comes
		// from 127.0.0.1 before any login succeeded, so the budgets are raised for its server only
		properties.put("masar.login-throttle.per-account-and-address", "100000");
		properties.put("masar.login-throttle.per-address", "100000");
		// what-if runs: -Dresilience.app.<property>=<value> reaches the application as --<property>=<value>
		for (String name : System.getProperties().stringPropertyNames()) {
			if (name.startsWith("resilience.app.")) {
				properties.put(name.substring("resilience.app.".length()), System.getProperty(name));
			}
		}
		return properties;
	}

	/** The changed settings as printed lines. */
	static String settings(java.util.Map<String, String> properties) {
		StringBuilder out = new StringBuilder();
		properties.forEach((key, value) -> {
			if (!key.startsWith("spring.mail") && !key.endsWith("sms.url")) {
				out.append("    ").append(key).append('=').append(value).append('\n');
			}
		});
		return out.toString();
	}

	/** A fresh database for one run; those that earlier runs left are dropped first. */
	static String freshDatabase(String kind) {
		TestDatabase.dropAbandonedDatabases("masar_rs_");
		String name = String.format(Locale.ROOT, "masar_rs_%s_%d", kind, System.currentTimeMillis());
		TestDatabase.execute("CREATE DATABASE " + name);
		return POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + name;
	}

	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	/** Prints the block and keeps it in target/resilience/{name}.md. */
	static void publish(String name, String block) {
		System.out.println("\n" + block);
		try {
			Files.createDirectories(TARGET);
			Files.writeString(TARGET.resolve(name + ".md"), block);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Tags a test class as a resilience test and runs it only when selected and PostgreSQL is reachable. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Tag("resilience")
	@ExtendWith(Selection.class)
	@interface Test {

		/** The name {@code -Dresilience=} selects it by. */
		String value();

	}

	static final class Selection implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			Test test = context.getRequiredTestClass().getAnnotation(Test.class);
			String selected = System.getProperty("resilience", "all");
			if (!selected.isBlank() && !"all".equals(selected) && !selected.equals(test.value())) {
				return ConditionEvaluationResult.disabled("-Dresilience=" + selected + " selects another test");
			}
			try (Connection ignored = connect(POSTGRES_URL)) {
				return ConditionEvaluationResult.enabled("PostgreSQL at " + POSTGRES_URL);
			}
			catch (SQLException e) {
				String message = "PostgreSQL is not reachable at " + POSTGRES_URL + ": resilience test " + test.value()
						+ " is SKIPPED";
				if (Boolean.getBoolean("masar.test.require-postgres")) {
					throw new IllegalStateException(message + " but masar.test.require-postgres=true");
				}
				System.err.println("\n*** WARNING *** " + message + " ***\n");
				return ConditionEvaluationResult.disabled(message);
			}
		}

	}

}
