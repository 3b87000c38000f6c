package sa.org.hayaniyah.masar.resilience;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real application as a child JVM ({@code java -cp <runtime classpath> MasarApplication}) on the {@code postgres}
 * profile, with the demo users the tests use everywhere (application-default.yaml imported, as application-test.yaml
 * does), started, awaited and killed with SIGKILL ({@link Process#destroyForcibly()}). Every node still alive when the
 * test JVM ends is killed by a shutdown hook, so none outlives a run.
 */
final class MasarNode {

	private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly)));
	}

	final String name;

	final int port;

	private final String databaseUrl;

	private final Map<String, String> properties;

	private final Path logs;

	private Process process;

	private int starts;

	/** Whether to trade peak speed for a quicker start. */
	boolean quickStart;

	/** The last start's time from launch to a healthy answer. */
	Duration lastStartup = Duration.ZERO;

	MasarNode(String name, String databaseUrl, Map<String, String> properties, Path logs) {
		this.name = name;
		this.port = freePort();
		this.databaseUrl = databaseUrl;
		this.properties = new LinkedHashMap<>(properties);
		this.logs = logs.toAbsolutePath();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	long pid() {
		return process.pid();
	}

	boolean isAlive() {
		return process != null && process.isAlive();
	}

	/** Starts the JVM and waits until /actuator/health answers UP (at most {@code timeout}). */
	void start(Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(logs);
		starts++;
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		if (quickStart) {
			// C1 only: starts sooner, runs slower; for the tests that restart the JVM, not for the load test
			command.add("-XX:TieredStopAtLevel=1");
		}
		// the harness reads the nodes' timestamps (job log, outbox) as local times of its own zone
		command.add("-Duser.timezone=" + java.util.TimeZone.getDefault().getID());
		command.add("-cp");
		command.add(classpath());
		command.add("sa.org.hayaniyah.masar.MasarApplication");
		Map<String, String> args = new LinkedHashMap<>();
		args.put("spring.profiles.active", "postgres");
		// the demo accounts of the local default profile (reception1, researcher1, ...), as the tests have them
		args.put("spring.config.import", "classpath:application-default.yaml");
		args.put("spring.datasource.url", databaseUrl);
		args.put("spring.datasource.username", "postgres");
		args.put("spring.datasource.password", "");
		args.put("server.port", Integer.toString(port));
		args.put("masar.public-base-url", baseUrl());
		args.put("masar.notification.sms.log-file", logs.resolve(name + "-outbox/sms.log").toString());
		args.put("masar.notification.email.log-file", logs.resolve(name + "-outbox/email.log").toString());
		args.putAll(properties);
		args.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = logs.resolve(name + "-" + starts + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(logs.toFile());
		Instant launched = Instant.now();
		process = builder.start();
		ALIVE.add(process);
		awaitHealthy(timeout, log);
		lastStartup = Duration.between(launched, Instant.now());
	}

	/** SIGSTOP: the JVM stands still; what it has locked stays locked and nothing it began commits until {@link #thaw}. */
	void freeze() throws IOException, InterruptedException {
		signal("STOP");
	}

	/** SIGCONT after {@link #freeze}. */
	void thaw() throws IOException, InterruptedException {
		signal("CONT");
	}

	private void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
		}
	}

	/** SIGKILL: no shutdown hook, no connection closed politely, whatever was in flight is cut. */
	Instant kill() throws InterruptedException {
		Instant at = Instant.now();
		process.destroyForcibly();
		process.waitFor();
		ALIVE.remove(process);
		return at;
	}

	/** Ends the node at the end of a test (also SIGKILL: nothing is checked after it). */
	void stop() {
		if (process != null) {
			process.destroyForcibly();
			try {
				process.waitFor();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			ALIVE.remove(process);
		}
	}

	private void awaitHealthy(Duration timeout, Path log) throws InterruptedException, IOException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
			}
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		stop();
		throw new IllegalStateException(name + " not healthy within " + timeout + "; see " + log);
	}

	private static String classpath() throws IOException {
		Path file = Path.of("target", "resilience", "app.classpath");
		if (!Files.exists(file)) {
			throw new IllegalStateException(file + " is missing: it is written by maven-dependency-plugin (execution "
					+ "resilience-classpath) in generate-test-resources; run the tests through ./mvnw");
		}
		return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + Files.readString(file).strip();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
