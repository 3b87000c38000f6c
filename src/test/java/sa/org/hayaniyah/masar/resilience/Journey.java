package sa.org.hayaniyah.masar.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import sa.org.hayaniyah.masar.TestApplicants;

/**
 * One beneficiary's request walked over HTTP as the people involved would: started by reception through the engine
 * REST API (C1) or by the applicant on the website ({@code /api/online-requests}, C7, some preferring e-mail), then
 * received, declared, verified (the job), researched, voted on by the three committee members, decided and registered,
 * delivered, and rated by the beneficiary through the link in their SMS or e-mail. Each step is one employee finding
 * their task, claiming it and submitting its form, as Tasklist does. A write whose answer was lost is settled by
 * looking (is the task still there, does the request exist) before writing again.
 */
final class Journey {

	/** What the clients were told was done, to be found again in the database. */
	static final class Ledger {

		final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

		final AtomicInteger steps = new AtomicInteger();

		final AtomicInteger settledByLooking = new AtomicInteger();

		final AtomicInteger surveysByPhone = new AtomicInteger();

		final AtomicInteger conflictsRetried = new AtomicInteger();

		void ack(String what, String key) {
			acknowledged.computeIfAbsent(what, k -> ConcurrentHashMap.newKeySet()).add(key);
			steps.incrementAndGet();
		}

		Set<String> of(String what) {
			return acknowledged.getOrDefault(what, Set.of());
		}

	}

	static final List<String> MEMBERS = List.of("committee1", "committee2", "committee3");

	final int number;

	final String nationalId;

	final boolean online;

	final String email;

	private MasarClient client;

	private final Ledger ledger;

	private final SmsGateway sms;

	private final MailServer mail;

	private final Duration stepPatience;

	String instanceId;

	String reference;

	String reached = "not started";

	volatile boolean failed;

	Journey(int number, boolean online, boolean byEmail, MasarClient client, Ledger ledger, SmsGateway sms, MailServer mail,
			Duration stepPatience) {
		this.number = number;
		this.nationalId = TestApplicants.nationalId();
		this.online = online;
		this.email = online && byEmail ? "applicant" + number + "." + nationalId.substring(6) + "@example.org" : null;
		this.client = client;
		this.ledger = ledger;
		this.sms = sms;
		this.mail = mail;
		this.stepPatience = stepPatience;
	}

	/** From now on through {@code other} (another node, say). */
	Journey via(MasarClient other) {
		this.client = other;
		return this;
	}

	/** The whole walk. */
	void walk() throws Exception {
		start();
		receiveAndDeclare();
		research();
		vote();
		deliverAndRate();
	}

	void start() throws Exception {
		reached = "start";
		while (instanceId == null) {
			try {
				MasarClient.Response response = online
						? client.write("POST", null, "/api/online-requests", onlineRequest())
						: client.write("POST", "reception1", "/engine-rest/process-definition/key/beneficiary-journey/submit-form",
								Map.of("variables", variables(TestApplicants.startForm("C1", nationalId))));
				expect(response, "start");
				instanceId = online ? response.body().path("processInstanceId").asText() : response.body().path("id").asText();
			}
			catch (MasarClient.Unknown unknown) {
				// reception (or the website's operator) looks the national ID up before entering it again
				instanceId = lookUpInstance();
				if (instanceId != null) {
					ledger.settledByLooking.incrementAndGet();
				}
			}
		}
		reference = client.get("supervisor1", "/engine-rest/process-instance/" + instanceId).body().path("businessKey").asText();
		ledger.ack("request", reference);
	}

	void receiveAndDeclare() throws Exception {
		work("reception1", "Task_ReceiveBeneficiary", TestApplicants.applicantData(nationalId), "applicant-data");
		work("reception1", "Task_RecordApplicantDeclaration", Map.of("declarationSigned", "yes", "signatureMethod", "OTP"),
				"declaration");
	}

	void research() throws Exception {
		// appears once the verification job has run
		work("researcher1", "Task_ConductSocialResearch", Map.of("fieldVisitRequired", false, "researchFindings",
				"دخل الأسرة أقل من حد الكفاية", "researchRecommendation", "RECOMMEND_APPROVAL"), "research");
	}

	void vote() throws Exception {
		for (String member : MEMBERS) {
			work(member, "Task_DecideOnSupportRequest", Map.of("vote", "APPROVE", "voteReason", "مستحق"), "vote:" + member);
		}
	}

	void deliverAndRate() throws Exception {
		deliver();
		rate();
	}

	void deliver() throws Exception {
		work("reception2", "Task_DeliverService",
				Map.of("serviceDescription", "سلة غذائية", "serviceAmount", 300.0, "deliveredOn", "2026-12-01"), "delivery");
	}

	/** The beneficiary follows the link in their message; if it never came, reception records their answer by phone. */
	void rate() throws Exception {
		reached = "survey";
		String token = poll(Duration.ofSeconds(90), () -> email != null ? mail.surveyToken(email)
				: sms.surveyToken(TestApplicants.mobile(nationalId)));
		while (true) {
			try {
				MasarClient.Response response;
				if (token != null) {
					response = client.write("POST", null, "/api/surveys/" + token, Map.of("overall", 5, "comment", "شكرًا لكم"));
				}
				else {
					response = client.write("POST", "reception2", "/api/satisfaction/surveys/" + reference + "/answers",
							Map.of("overall", 5, "recordedHow", "PHONE"));
				}
				// 409 "already answered" after an answer whose reply was lost: it was recorded
				if (response.status() == 409 && response.text().contains("already answered")) {
					ledger.settledByLooking.incrementAndGet();
				}
				else {
					expect(response, "survey answer");
				}
				if (token == null) {
					ledger.surveysByPhone.incrementAndGet();
				}
				break;
			}
			catch (MasarClient.Unknown unknown) {
				// answering again is safe: the survey says whether it already has the answer
			}
		}
		ledger.ack("survey", reference);
		awaitEnd();
	}

	void awaitEnd() {
		String state = poll(stepPatience, () -> {
			String s = client.get("supervisor1", "/engine-rest/history/process-instance/" + instanceId).body().path("state").asText();
			return "COMPLETED".equals(s) ? s : null;
		});
		if (state == null) {
			throw new IllegalStateException(this + ": not completed within " + stepPatience);
		}
		reached = "completed";
	}

	/** What Tasklist does: find the task, claim it, submit its form; a lost answer is settled by looking again. */
	void work(String user, String activity, Map<String, Object> form, String step) throws Exception {
		reached = step;
		boolean maybeDone = false;
		Instant deadline = Instant.now().plus(stepPatience);
		while (true) {
			MasarClient.Response found = client.get(user, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey="
					+ activity);
			expect(found, "task list for " + activity);
			JsonNode tasks = found.body();
			JsonNode task = null;
			for (JsonNode t : tasks) {
				if (t.path("assignee").isNull() || t.path("assignee").isMissingNode() || user.equals(t.path("assignee").asText())) {
					task = t;
					break;
				}
			}
			if (task == null) {
				if (maybeDone) {
					// the task is gone: the submit whose answer was lost went through
					ledger.settledByLooking.incrementAndGet();
					ledger.ack(step, reference);
					return;
				}
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException(this + ": no task " + activity + " for " + user + " within " + stepPatience);
				}
				Thread.sleep(300);
				continue;
			}
			String id = task.path("id").asText();
			try {
				if (!user.equals(task.path("assignee").asText(null))) {
					MasarClient.Response claimed = client.write("POST", user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
					if (conflict(claimed, deadline)) {
						continue;
					}
					expect(claimed, "claim " + activity);
				}
				MasarClient.Response submitted = client.write("POST", user, "/engine-rest/task/" + id + "/submit-form",
						Map.of("variables", variables(form)));
				if (conflict(submitted, deadline)) {
					continue;
				}
				expect(submitted, activity);
				ledger.ack(step, reference);
				return;
			}
			catch (MasarClient.Unknown unknown) {
				maybeDone = true;
			}
		}
	}

	/**
	 * 409 OptimisticLockingException: the same request changed at the same moment (a timer of this request fired
	 * meanwhile); the application says "refresh and try again", and so the employee does.
	 */
	private boolean conflict(MasarClient.Response response, Instant deadline) {
		if (response.status() == 409 && response.text().contains("OptimisticLockingException") && Instant.now().isBefore(deadline)) {
			ledger.conflictsRetried.incrementAndGet();
			return true;
		}
		return false;
	}

	private String lookUpInstance() {
		JsonNode found = client.get("supervisor1", "/engine-rest/process-instance?processDefinitionKey=beneficiary-journey&variables=nationalId_eq_"
				+ nationalId).body();
		return found.size() > 0 ? found.get(0).path("id").asText() : null;
	}

	private Map<String, Object> onlineRequest() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", "C7");
		body.put("nationalId", nationalId);
		body.put("applicantName", "فاطمة علي سعيد الحياني");
		body.put("mobile", TestApplicants.mobile(nationalId));
		body.put("supportType", "FOOD_BASKET");
		body.put("consentGiven", true);
		if (email != null) {
			body.put("preferredChannel", "EMAIL");
			body.put("email", email);
		}
		return body;
	}

	private void expect(MasarClient.Response response, String what) {
		if (!response.ok()) {
			throw new IllegalStateException(this + ": " + what + " answered " + response.status() + " " + response.text());
		}
	}

	static <T> T poll(Duration patience, Supplier<T> probe) {
		return poll(patience, probe, 300);
	}

	/** Asks {@code probe} every {@code millis} until it answers (not null) or {@code patience} has passed. */
	static <T> T poll(Duration patience, Supplier<T> probe, long millis) {
		Instant deadline = Instant.now().plus(patience);
		while (true) {
			T value = probe.get();
			if (value != null || Instant.now().isAfter(deadline)) {
				return value;
			}
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
	}

	/** Camunda's typed variables, as Tasklist sends a form (lists as Json strings). */
	static Map<String, Object> variables(Map<String, Object> form) {
		Map<String, Object> variables = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			boolean json = value instanceof Collection<?> || value instanceof Map<?, ?>;
			String type = json ? "Json" : value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
					: value instanceof Double ? "Double" : value instanceof Integer ? "Integer" : "String";
			Map<String, Object> typed = new LinkedHashMap<>();
			typed.put("value", json ? MasarClient.toJson(value) : value);
			typed.put("type", type);
			variables.put(name, typed);
		});
		return variables;
	}

	@Override
	public String toString() {
		return "journey " + number + " (" + (reference != null ? reference : "no reference yet") + ", "
				+ (online ? email != null ? "online, e-mail" : "online, SMS" : "reception") + ")";
	}

}
