package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpServer;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Issue 21: a message reaches the beneficiary once, as far as its channel allows, through crashes between send and
 * mark, lost gateway answers and two dispatchers at once.
 */
@MasarIntegrationTest
class ExactlyOnceDispatchTest extends JourneyTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Autowired
	NotificationProperties properties;

	@Autowired
	SmsChannel loopbackSms;

	@Autowired
	TestRestTemplate rest;

	/** A gateway that remembers what it was given, and can say so by client reference. */
	static class RecordingGateway implements DeliveryChannel {

		final Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();

		final Set<Long> crashAfterSending = ConcurrentHashMap.newKeySet();

		@Override
		public String name() {
			return "SMS";
		}

		@Override
		public void send(Outgoing message) {
			sends.computeIfAbsent(message.id(), k -> new AtomicInteger()).incrementAndGet();
			if (crashAfterSending.remove(message.id())) {
				// the node dies after the gateway took the message, before the outbox says SENT
				throw new Error("simulated crash after sending " + message.clientReference());
			}
		}

		@Override
		public Delivery delivered(Outgoing message) {
			return sends.containsKey(message.id()) ? Delivery.CONFIRMED : Delivery.NOT_SENT;
		}

		int sendsOf(long id) {
			AtomicInteger count = sends.get(id);
			return count == null ? 0 : count.get();
		}

	}

	@Test
	void aCrashBetweenSendAndMarkIsNotSentAgain() {
		RecordingGateway gateway = new RecordingGateway();
		NotificationDispatcher dispatcher = dispatcherWith(gateway);
		long id = queue();
		gateway.crashAfterSending.add(id);

		assertThatThrownBy(dispatcher::dispatchDue).hasMessageContaining("simulated crash");
		assertThat(row(id)).containsEntry("status", "SENDING").containsEntry("attempts", 1);
		assertThat((String) row(id).get("claimed_by")).as("the node that was sending").contains("@");

		dispatcher.dispatchDue();
		assertThat(row(id)).as("within the claim timeout the sending node may still finish").containsEntry("status", "SENDING");

		journey.moveClock(properties.claimTimeout().plusSeconds(1));
		dispatcher.dispatchDue();
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		assertThat(gateway.sendsOf(id)).isEqualTo(1);
	}

	@Test
	void theLoopbackSmsChannelConfirmsFromItsLogWhatLeftBeforeACrash() throws Exception {
		NotificationDispatcher dispatcher = dispatcherWith(loopbackSms);
		long sent = queue();
		long neverSent = queue();
		assertThat(dispatcher.claim(sent)).isTrue();
		loopbackSms.send(outgoing(sent));
		assertThat(dispatcher.claim(neverSent)).isTrue();
		// the node dies here: both SENDING, one in the gateway's log

		journey.moveClock(properties.claimTimeout().plusSeconds(1));
		dispatcher.dispatchDue();
		assertThat(row(sent)).containsEntry("status", "SENT");
		assertThat(row(neverSent)).as("surely not sent: due again after the backoff").containsEntry("status", "PENDING");
		journey.moveClock(dispatcher.backoffAfter(1));
		dispatcher.dispatchDue();
		assertThat(row(neverSent)).containsEntry("status", "SENT").containsEntry("attempts", 2);

		String log = Files.readString(Path.of(properties.sms().logFile()), StandardCharsets.UTF_8);
		assertThat(occurrences(log, "[masar-" + sent + "]")).isEqualTo(1);
		assertThat(occurrences(log, "[masar-" + neverSent + "]")).isEqualTo(1);
	}

	@Test
	void aStaleSendingMessageTheGatewayConfirmsIsMarkedSentWithoutASecondSend() {
		RecordingGateway gateway = new RecordingGateway();
		NotificationDispatcher dispatcher = dispatcherWith(gateway);
		long id = queue();
		assertThat(dispatcher.claim(id)).isTrue();
		gateway.sends.put(id, new AtomicInteger(1)); // the gateway had it when the node died

		journey.moveClock(properties.claimTimeout().plusSeconds(1));
		dispatcher.dispatchDue();

		assertThat(row(id)).containsEntry("status", "SENT");
		assertThat(gateway.sendsOf(id)).isEqualTo(1);
	}

	@Test
	void aStaleSendingSmsTheHttpGatewayCannotConfirmWaitsForASupervisor() {
		NotificationDispatcher dispatcher = dispatcherWith(new SmsChannel(httpSms("http://127.0.0.1:9/sms"), RestClient.builder()));
		long id = queue();
		assertThat(dispatcher.claim(id)).isTrue();

		journey.moveClock(properties.claimTimeout().plusSeconds(1));
		dispatcher.dispatchDue();

		assertThat(row(id)).containsEntry("status", "UNCERTAIN").containsEntry("last_error", NotificationDispatcher.UNCERTAIN_REASON);
		ResponseEntity<List<Map<String, Object>>> listed = rest.withBasicAuth("supervisor1", "masar-demo")
			.exchange("/api/notifications/failed", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(listed.getBody()).anySatisfy(f -> assertThat(f).containsEntry("id", (int) id)
			.containsEntry("status", "UNCERTAIN")
			.containsEntry("recipient", "+966*******67"));
		// the supervisor finds it in the provider's records
		assertThat(rest.withBasicAuth("supervisor1", "masar-demo")
			.postForEntity("/api/notifications/" + id + "/confirm-sent", null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(row(id)).containsEntry("status", "SENT");
	}

	@Test
	void aGatewayThatTakesTheRequestButNeverAnswersIsNotTriedAgainBlindly() throws IOException {
		List<String> received = new CopyOnWriteArrayList<>();
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.close(); // the connection drops before any answer
		});
		gateway.start();
		try {
			NotificationDispatcher dispatcher = dispatcherWith(new SmsChannel(
					httpSms("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"), RestClient.builder()));
			long id = queue();
			dispatcher.dispatchDue();

			assertThat(row(id)).containsEntry("status", "UNCERTAIN");
			journey.moveClock(Duration.ofHours(1));
			dispatcher.dispatchDue();
			assertThat(received).filteredOn(body -> body.contains("\"clientReference\":\"masar-" + id + "\"")).hasSize(1);
		}
		finally {
			gateway.stop(0);
		}
	}

	@Test
	void twoDispatchersClaimingTheSameMessagesAtOnceEachWinEveryMessageOnce() throws Exception {
		List<Long> ours = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ours.add(queue());
		}
		NotificationDispatcher first = dispatcherWith(new RecordingGateway());
		NotificationDispatcher second = dispatcherWith(new RecordingGateway());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<List<Long>> won1 = nodes.submit(() -> claimAll(first, ours, start));
			Future<List<Long>> won2 = nodes.submit(() -> claimAll(second, ours, start));
			List<Long> both = new ArrayList<>(won1.get(60, TimeUnit.SECONDS));
			both.addAll(won2.get(60, TimeUnit.SECONDS));
			assertThat(both).containsExactlyInAnyOrderElementsOf(ours);
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private static List<Long> claimAll(NotificationDispatcher dispatcher, List<Long> ids, CyclicBarrier start) throws Exception {
		start.await(20, TimeUnit.SECONDS);
		List<Long> won = new ArrayList<>();
		for (long id : ids) {
			if (dispatcher.claim(id)) {
				won.add(id);
			}
		}
		return won;
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private NotificationDispatcher dispatcherWith(DeliveryChannel channel) {
		return new NotificationDispatcher(jdbc, transactionManager, List.of(channel), properties, clock);
	}

	private NotificationProperties httpSms(String url) {
		return new NotificationProperties(properties.fallbackOrder(), properties.dispatchInterval(), properties.batchSize(),
				properties.maxAttempts(), properties.backoff(), properties.claimTimeout(), properties.delays(),
				new NotificationProperties.Sms("http", properties.sms().logFile(), url, "HAYANIYAH", "masar", "test-key"),
				properties.email());
	}

	private long queue() {
		ProcessInstance request = journey.startAtOffice("reception1", TestApplicants.startForm("C2", TestApplicants.nationalId()));
		long requestId = (Long) runtimeService.getVariable(request.getId(), "supportRequestId");
		long next = jdbc.sql("SELECT COUNT(*) FROM notification").query(Long.class).single();
		String reference = "HY-ONCE-" + requestId + "-" + next;
		notifications.enqueue(requestId, reference, "once:" + reference, "committee-timeline", "SMS", "+966551234567",
				Map.of("applicantName", "محمد", "referenceNumber", reference, "committeeDeadlineText", "قريبًا"));
		return jdbc.sql("SELECT id FROM notification WHERE idempotency_key = ?").param("once:" + reference).query(Long.class).single();
	}

	private Outgoing outgoing(long id) {
		return jdbc.sql("SELECT id, reference_number, channel, recipient, subject, body FROM notification WHERE id = ?")
			.param(id)
			.query((rs, i) -> new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6)))
			.single();
	}

	private Map<String, Object> row(long id) {
		Map<String, Object> row = jdbc.sql("SELECT status, attempts, last_error, claimed_by FROM notification WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		Map<String, Object> lower = new HashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
		return lower;
	}

}
