package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;
import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.TestDatabase;

/**
 * The outbox: written once with the engine step, sent with retries and backoff, never twice by two dispatchers.
 */
@MasarIntegrationTest
class NotificationOutboxTest extends JourneyTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ManagementService managementService;

	@Autowired
	FlakyStep flakyStep;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Autowired
	NotificationProperties properties;

	@Autowired
	TestRestTemplate rest;

	@Test
	void theOutboxRowIsWrittenOnceWhenTheStepsJobIsRetriedAfterAFailure() {
		repositoryService.createDeployment().name("outbox-probe").addString("outbox-probe.bpmn", """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
				  <bpmn:process id="outbox-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="s" />
				    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="send" />
				    <bpmn:sendTask id="send" camunda:asyncBefore="true" camunda:delegateExpression="${sendNotificationDelegate}">
				      <bpmn:extensionElements><camunda:field name="template"><camunda:string>committee-timeline</camunda:string></camunda:field></bpmn:extensionElements>
				    </bpmn:sendTask>
				    <bpmn:sequenceFlow id="f2" sourceRef="send" targetRef="flaky" />
				    <bpmn:serviceTask id="flaky" camunda:delegateExpression="${flakyStep}" />
				    <bpmn:sequenceFlow id="f3" sourceRef="flaky" targetRef="e" />
				    <bpmn:endEvent id="e" />
				  </bpmn:process>
				</bpmn:definitions>""").deploy();
		ProcessInstance request = journey.startAtOffice("reception1", TestApplicants.startForm("C1", TestApplicants.nationalId()));
		long requestId = (Long) runtimeService.getVariable(request.getId(), "supportRequestId");
		ProcessInstance probe = runtimeService.startProcessInstanceByKey("outbox-probe", Map.of("supportRequestId", requestId,
				"mobile", "+966551234567", "applicantName", "محمد", "referenceNumber", "HY-TEST"));
		Job job = managementService.createJobQuery().processInstanceId(probe.getId()).singleResult();

		flakyStep.failures.set(1);
		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("simulated failure");
		assertThat(notifications.findByRequest(requestId)).as("rolled back with the failed step").isEmpty();
		managementService.executeJob(job.getId());

		assertThat(notifications.findByRequest(requestId)).singleElement()
			.satisfies(n -> assertThat(n.template()).isEqualTo("committee-timeline"));
	}

	@Test
	void theDispatcherRetriesAFailingSmsGatewayWithBackoffThenMarksTheMessageFailed() throws IOException {
		List<String> received = new CopyOnWriteArrayList<>();
		AtomicInteger status = new AtomicInteger(503);
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(status.get(), -1);
			exchange.close();
		});
		gateway.start();
		try {
			NotificationDispatcher dispatcher = dispatcherWith(new SmsChannel(httpSms(gateway), RestClient.builder()));
			long id = queue("SMS", "+966551234567");

			dispatcher.dispatchBatch();
			assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
			dispatcher.dispatchBatch();
			assertThat(row(id)).as("not due again before the backoff").containsEntry("attempts", 1);
			for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
				journey.moveClock(dispatcher.backoffAfter(attempt));
				dispatcher.dispatchBatch();
			}
			assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", properties.maxAttempts());
			assertThat((String) row(id).get("last_error")).contains("503");
			assertThat(received).filteredOn(body -> body.contains("HY-OUTBOX-" + id)).hasSize(properties.maxAttempts())
				.allSatisfy(body -> assertThat(body).contains("\"numbers\":\"966551234567\"").contains("عزيزنا")
					.as("the same client reference on every try, for the gateway to drop repeats")
					.contains("\"clientReference\":\"masar-" + id + "\""));

			// a supervisor sees it with its reason, and sends it again once the gateway is back
			ResponseEntity<List<Map<String, Object>>> failed = rest.withBasicAuth("supervisor1", "masar-demo")
				.exchange("/api/notifications/failed", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
				});
			assertThat(failed.getBody()).anySatisfy(f -> assertThat(f).containsEntry("id", (int) id)
				.containsEntry("recipient", "+966*******67"));
			assertThat(rest.withBasicAuth("reception1", "masar-demo")
				.postForEntity("/api/notifications/" + id + "/resend", null, String.class)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			status.set(200);
			assertThat(rest.withBasicAuth("supervisor1", "masar-demo")
				.postForEntity("/api/notifications/" + id + "/resend", null, String.class)
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			dispatcher.dispatchBatch();
			assertThat(row(id)).containsEntry("status", "SENT");
		}
		finally {
			gateway.stop(0);
		}
	}

	@Test
	void greenMailReceivesTheArabicEmailWithTheSubjectAndReference() throws Exception {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		try {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(greenMail.getSmtp().getPort());
			new EmailChannel(null, properties).send(sender, new Outgoing(1, "HY-1448-000777", "EMAIL", "family@example.sa",
					"جمعية الحيانية للخدمات الإنسانية: طلبكم رقم HY-1448-000777",
					"عزيزنا محمد، تم استلام طلبكم رقم HY-1448-000777."));

			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage mail = greenMail.getReceivedMessages()[0];
			assertThat(mail.getMessageID()).as("the same on every try").isEqualTo("<masar-1@hayaniyah.org.sa>");
			assertThat(mail.getSubject()).isEqualTo("جمعية الحيانية للخدمات الإنسانية: طلبكم رقم HY-1448-000777");
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("family@example.sa");
			assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
			assertThat(mail.getContent().toString()).contains("تم استلام طلبكم رقم HY-1448-000777");
		}
		finally {
			greenMail.stop();
		}
	}

	@Test
	void twoDispatchersOnTheSameDatabaseSendEachNotificationOnce() throws Exception {
		List<Long> ours = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 30; i++) {
			ours.add(queue("SMS", "+9665512300" + String.format(Locale.ROOT, "%02d", i)));
		}
		Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();
		CyclicBarrier bothSending = new CyclicBarrier(2);
		ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
		DeliveryChannel counting = new DeliveryChannel() {

			@Override
			public String name() {
				return "SMS";
			}

			@Override
			public void send(Outgoing message) throws Exception {
				if (TestDatabase.isPostgres() && !waited.get()) {
					// both dispatchers hold a batch at the same time before either sends (SKIP LOCKED on PostgreSQL;
					// H2, the single-node development database, makes the second wait for the first instead)
					waited.set(true);
					bothSending.await(20, TimeUnit.SECONDS);
				}
				sent.computeIfAbsent(message.id(), k -> new AtomicInteger()).incrementAndGet();
			}

		};
		NotificationDispatcher first = dispatcherWith(counting);
		NotificationDispatcher second = dispatcherWith(counting);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = List.of(nodes.submit(first::dispatchDue), nodes.submit(second::dispatchDue));
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(ours).allSatisfy(id -> {
			assertThat(sent.get(id)).as("notification %d", id).isNotNull();
			assertThat(sent.get(id).get()).as("sends of notification %d", id).isEqualTo(1);
			assertThat(row(id)).containsEntry("status", "SENT");
		});
	}

	private NotificationDispatcher dispatcherWith(DeliveryChannel channel) {
		return new NotificationDispatcher(jdbc, transactionManager, List.of(channel), properties, clock);
	}

	private NotificationProperties httpSms(HttpServer gateway) {
		return new NotificationProperties(properties.fallbackOrder(), properties.dispatchInterval(), properties.batchSize(),
				properties.maxAttempts(), properties.backoff(), properties.claimTimeout(), properties.delays(), new NotificationProperties.Sms("http",
						properties.sms().logFile(), "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms", "HAYANIYAH",
						"masar", "test-key"),
				properties.email());
	}

	/** A pending message of its own request, so other tests' messages never interfere. */
	private long queue(String channel, String recipient) {
		ProcessInstance request = journey.startAtOffice("reception1", TestApplicants.startForm("C2", TestApplicants.nationalId()));
		long requestId = (Long) runtimeService.getVariable(request.getId(), "supportRequestId");
		long next = jdbc.sql("SELECT COUNT(*) FROM notification").query(Long.class).single();
		String reference = "HY-OUTBOX-" + requestId + "-" + next;
		notifications.enqueue(requestId, reference, "test:" + reference, "committee-timeline", channel, recipient,
				Map.of("applicantName", "محمد", "referenceNumber", reference, "committeeDeadlineText", "قريبًا"));
		long id = jdbc.sql("SELECT id FROM notification WHERE idempotency_key = ?").param("test:" + reference).query(Long.class).single();
		jdbc.sql("UPDATE notification SET body = body || ' HY-OUTBOX-' || CAST(id AS VARCHAR(20)) WHERE id = ?").param(id).update();
		return id;
	}

	private Map<String, Object> row(long id) {
		Map<String, Object> row = jdbc.sql("SELECT status, attempts, last_error FROM notification WHERE id = ?").param(id).query().singleRow();
		Map<String, Object> lower = new HashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
		return lower;
	}

}
