package sa.org.hayaniyah.masar.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * HTTP to Masar as a careful client: a refused connection or a 502/503 is tried again (the request never got in, or
 * the application said "try again"), for as long as {@code patience}; a connection cut after a write was sent is an
 * unknown outcome ({@link Unknown}) that the caller settles by looking before writing again, because repeating a
 * write blindly could do it twice. Reads are simply repeated.
 */
final class MasarClient {

	static final String PASSWORD = "masar-demo";

	static final ObjectMapper JSON = new ObjectMapper();

	record Response(int status, JsonNode body, String text) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

	}

	/** The connection broke after the request was sent: it may or may not have been done. */
	static final class Unknown extends Exception {

		Unknown(String what, Throwable cause) {
			super(what + ": " + cause, cause);
		}

	}

	private final Supplier<String> baseUrl;

	private final HttpClient http;

	private final Duration patience;

	final AtomicInteger retries = new AtomicInteger();

	final AtomicInteger unknownOutcomes = new AtomicInteger();

	MasarClient(Supplier<String> baseUrl, Duration patience) {
		this.baseUrl = baseUrl;
		this.patience = patience;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1).build();
	}

	/** A read (GET): repeated until it is answered with something other than 502/503. */
	Response get(String user, String path) {
		Instant deadline = Instant.now().plus(patience);
		while (true) {
			try {
				Response response = once("GET", user, path, null);
				if (!retryable(response.status())) {
					return response;
				}
			}
			catch (IOException e) {
				// the node is down or restarting; the same read again shortly
			}
			pause(deadline, "GET " + path);
		}
	}

	/**
	 * A write: repeated only while it surely did not get in (connection refused, 502/503); a break after sending
	 * throws {@link Unknown}.
	 */
	Response write(String method, String user, String path, Object body) throws Unknown {
		Instant deadline = Instant.now().plus(patience);
		while (true) {
			try {
				Response response = once(method, user, path, body);
				if (!retryable(response.status())) {
					return response;
				}
			}
			catch (ConnectException | HttpConnectTimeoutException refused) {
				// never reached the application
			}
			catch (IOException broken) {
				if (refusedBeforeSending(broken)) {
					pause(deadline, method + " " + path);
					continue;
				}
				unknownOutcomes.incrementAndGet();
				throw new Unknown(method + " " + path, broken);
			}
			pause(deadline, method + " " + path);
		}
	}

	/** One call, no retry (the load test counts every answer as it comes). */
	Response once(String method, String user, String path, Object body) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json");
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), parse(response.body()), response.body());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	private static boolean retryable(int status) {
		return status == 502 || status == 503;
	}

	private static boolean refusedBeforeSending(IOException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

	private void pause(Instant deadline, String what) {
		if (Instant.now().isAfter(deadline)) {
			throw new IllegalStateException(what + " not answered within " + patience);
		}
		retries.incrementAndGet();
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	static String toJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JsonProcessingException notJson) {
			return MissingNode.getInstance();
		}
	}

}
