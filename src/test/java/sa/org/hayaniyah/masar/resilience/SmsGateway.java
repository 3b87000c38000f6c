package sa.org.hayaniyah.masar.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback SMS gateway in the shape SmsChannel posts to: it records every delivery (a message the gateway received
 * is a message the provider would send) by its {@code clientReference}, and can hold the answer to one delivery, so
 * that the test kills the application exactly inside the dispatcher's window: after the message left, before the
 * dispatcher marked it SENT.
 */
final class SmsGateway implements AutoCloseable {

	record Delivery(String clientReference, String number, String text, Instant at) {
	}

	private static final Pattern SURVEY_TOKEN = Pattern.compile("survey\\.html\\?t=([0-9a-f]{32})");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private final AtomicReference<Trap> trap = new AtomicReference<>();

	/** One held delivery: {@code caught} opens when it arrived, the answer waits until {@code release}. */
	static final class Trap {

		final CountDownLatch caught = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		volatile Delivery delivery;

	}

	SmsGateway() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		server.createContext("/sms", this::handle);
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
	}

	/** The next delivery is recorded, then its answer held until the trap is released. */
	Trap arm() {
		Trap armed = new Trap();
		trap.set(armed);
		return armed;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			JsonNode json = JSON.readTree(body.readAllBytes());
			Delivery delivery = new Delivery(json.path("clientReference").asText(null), json.path("numbers").asText(),
					json.path("msg").asText(), Instant.now());
			deliveries.add(delivery);
			Trap armed = trap.getAndSet(null);
			if (armed != null) {
				armed.delivery = delivery;
				armed.caught.countDown();
				try {
					armed.release.await(5, TimeUnit.MINUTES);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] answer = "{\"code\":1,\"message\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
		catch (IOException clientGone) {
			// the application was killed while its delivery was held: the gateway had it all the same
		}
	}

	List<Delivery> deliveries() {
		return List.copyOf(deliveries);
	}

	/** Deliveries per client reference. */
	Map<String, Integer> perReference() {
		Map<String, Integer> counts = new ConcurrentHashMap<>();
		deliveries.forEach(d -> counts.merge(String.valueOf(d.clientReference()), 1, Integer::sum));
		return counts;
	}

	/** The survey link token in the latest message to {@code number} that carries one. */
	String surveyToken(String mobile) {
		// the application may write the number as 05..., 9665... or +9665...: its last nine digits are the number
		String number = lastNine(mobile);
		for (int i = deliveries.size() - 1; i >= 0; i--) {
			Delivery d = deliveries.get(i);
			if (lastNine(d.number()).equals(number)) {
				Matcher m = SURVEY_TOKEN.matcher(d.text());
				if (m.find()) {
					return m.group(1);
				}
			}
		}
		return null;
	}

	private static String lastNine(String number) {
		String digits = number.replaceAll("\\D", "");
		return digits.length() <= 9 ? digits : digits.substring(digits.length() - 9);
	}

	static String tokenIn(String text) {
		Matcher m = SURVEY_TOKEN.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	@Override
	public void close() {
		Trap armed = trap.getAndSet(null);
		if (armed != null) {
			armed.release.countDown();
		}
		server.stop(0);
	}

}
