package sa.org.hayaniyah.masar.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls to the running server as staff (HTTP Basic with the demo password) or the public, on a real HTTP client, so
 * tests can fire them from several threads at once; an optional Idempotency-Key.
 */
final class HttpCalls {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	HttpCalls(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> post(String user, String path, Object body, String key) {
		HttpRequest.Builder request = request(user, path).POST(HttpRequest.BodyPublishers.ofString(json(body)))
			.header("Content-Type", "application/json");
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return send(request.build());
	}

	HttpResponse<String> get(String user, String path) {
		return send(request(user, path).GET().build());
	}

	Map<String, Object> read(HttpResponse<String> response) {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> body = JSON.readValue(response.body(), Map.class);
			return body;
		}
		catch (JsonProcessingException e) {
			throw new AssertionError("not a JSON object (" + response.statusCode() + "): " + response.body(), e);
		}
	}

	private HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":masar-demo").getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A start or task form as Tasklist submits it: {"variables": {name: {value, type}}}. */
	static Map<String, Object> form(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			boolean json = value instanceof Collection<?> || value instanceof Map<?, ?>;
			String type = json ? "Json" : value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
					: value instanceof Double ? "Double" : "String";
			Map<String, Object> typed = new LinkedHashMap<>();
			typed.put("value", json ? json(value) : value);
			typed.put("type", type);
			variables.put(name, typed);
		});
		return Map.of("variables", variables);
	}

	static String json(Object value) {
		try {
			return value instanceof String text ? text : JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

}
