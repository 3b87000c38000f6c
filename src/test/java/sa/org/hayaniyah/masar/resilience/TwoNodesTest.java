package sa.org.hayaniyah.masar.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/**
 * Issue 21, two nodes: two application JVMs on one database, journeys spread over both, node A killed for good
 * (SIGKILL) while it holds locked verification jobs. Then: every job ran once (the job log and the verification rows),
 * every timer once (the committee reminder, and the survey reminder and expiry, all shortened by property), every
 * message once (online start messages and survey answers), and how long the dead node's jobs waited for node B: their
 * lock (60 s) has to expire first.
 * <p>
 * To have A die holding jobs, the receptions are sent to A in one burst (each makes a verification job, which the
 * engine hands to the job executor of the node that created it) and A is frozen as soon as the harness, polling
 * every 5 ms, sees a job locked by A (a lock names its node), then killed with the jobs it still holds. {@code ./mvnw -B test -Presilience
 * -Dresilience=two-nodes} (60 journeys); 12 in {@code ./mvnw verify}.
 */
@Resilience.Test("two-nodes")
class TwoNodesTest {

	@Test
	void aNodeKilledForGoodLeavesEveryJobTimerAndMessageDoneOnce() throws Exception {
		int journeys = Resilience.size("journeys", 60, 12);
		String database = Resilience.freshDatabase("two");
		Census db = new Census(database);
		Instant began = Instant.now();
		ExecutorService pool = Executors.newFixedThreadPool(journeys);
		try (SmsGateway sms = new SmsGateway(); MailServer mail = new MailServer()) {
			Map<String, String> settings = Resilience.applicationProperties(sms, mail);
			settings.put("masar.sla.committee-reminder", "PT30S");
			settings.put("masar.survey.reminder-after", "PT20S");
			settings.put("masar.survey.close-after", "PT40S");
			MasarNode a = new MasarNode("node-a", database, withHostname(settings, "node-a"), Resilience.TARGET.resolve("two-nodes"));
			MasarNode b = new MasarNode("node-b", database, withHostname(settings, "node-b"), Resilience.TARGET.resolve("two-nodes"));
			try {
				// one after the other: the first creates the schema
				a.quickStart = true;
				b.quickStart = true;
				a.start(Duration.ofMinutes(4));
				b.start(Duration.ofMinutes(4));
				// A's clients go to B once A is gone, as a load balancer would send them
				MasarClient toA = new MasarClient(() -> a.isAlive() ? a.baseUrl() : b.baseUrl(), Duration.ofMinutes(5));
				MasarClient toB = new MasarClient(b::baseUrl, Duration.ofMinutes(5));
				Journey.Ledger ledger = new Journey.Ledger();
				List<Journey> all = new ArrayList<>();
				for (int i = 0; i < journeys; i++) {
					all.add(new Journey(i + 1, i % 4 >= 2, i % 8 == 7, i % 2 == 0 ? toA : toB, ledger, sms, mail, Duration.ofMinutes(5)));
				}
				List<String> failures = new ArrayList<>();
				run(pool, all, failures, Journey::start);

				// a burst of receptions through node-a, each making a verification job that node-a's executor takes at once
				// (the engine wakes the acquisition of the node whose transaction made it; node-b looks every 5 to 10 s),
				// then each request's declaration, whose committee reminder timer (30 s) either node may take
				List<Future<?>> declarations = submit(pool, all, j -> {
					j.via(toA).work("reception1", "Task_ReceiveBeneficiary",
							sa.org.hayaniyah.masar.TestApplicants.applicantData(j.nationalId), "applicant-data");
					j.work("reception1", "Task_RecordApplicantDeclaration", Map.of("declarationSigned", "yes", "signatureMethod", "OTP"),
							"declaration");
				});
				// A verification takes milliseconds: jobs seen locked a moment ago may be done by the time a SIGKILL lands.
				// So node-a is frozen (SIGSTOP) as soon as its lock owner (which names the node) holds a job, and its locks
				// are read once they stop changing: what it holds then can no longer finish. If it holds none, it is thawed
				// and the harness waits for its next jobs. Node-b's locks do not count (frozen node-a may hold rows that
				// node-b's jobs wait for, which would look like locks that stay).
				Instant giveUp = Instant.now().plusSeconds(90);
				List<Object[]> lockedAtKill = List.of();
				int freezes = 0;
				while (lockedAtKill.isEmpty() && Instant.now().isBefore(giveUp)) {
					if (Journey.poll(Duration.between(Instant.now(), giveUp), () -> lockedJobs(db, "node-a") >= 1 ? Boolean.TRUE : null,
							5) == null) {
						break;
					}
					a.freeze();
					freezes++;
					lockedAtKill = stillLocked(db, "node-a");
					if (lockedAtKill.isEmpty()) {
						a.thaw();
					}
				}
				long unlockedAtKill = db.count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NULL AND handler_type_ = 'async-continuation'");
				String deadNode = "pid " + a.pid();
				Instant killedAt = a.kill();
				collect(declarations, all, failures);

				run(pool, all, failures, j -> {
					j.research();
					// every request waits for its committee reminder (a timer 30 s after submission) before the votes
					Journey.poll(Duration.ofMinutes(3), () -> db.count("SELECT COUNT(*) FROM notification WHERE template = "
							+ "'committee-reminder' AND reference_number = '" + j.reference + "'") > 0 ? Boolean.TRUE : null);
					j.vote();
					j.deliver();
					if (j.number % 3 != 0) {
						j.rate();
					}
					else {
						// unanswered: the survey reminder and then the expiry (timers) close it, and the journey with it
						j.awaitEnd();
					}
				});
				Duration settled = db.quiesce(Duration.ofMinutes(3));
				JourneyCounts counts = JourneyCounts.take(db, ledger, sms, mail);

				// the dead node's jobs: locked at the kill and done only after their lock had expired
				List<String> deadJobs = new ArrayList<>();
				Duration longestWait = Duration.ZERO;
				Duration shortestWait = null;
				long deadJobsRunElsewhereThanB = 0;
				long deadJobsNotRunOnce = 0;
				for (Object[] job : lockedAtKill) {
					List<Object[]> runs = db.rows("SELECT timestamp_, hostname_ FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ = '"
							+ job[0] + "'");
					Instant lockExpiry = ((Timestamp) job[2]).toInstant();
					boolean dead = runs.isEmpty() || runs.stream().anyMatch(r -> !((Timestamp) r[0]).toInstant().isBefore(lockExpiry));
					if (!dead) {
						continue;
					}
					deadJobs.add((String) job[0]);
					if (runs.size() != 1) {
						deadJobsNotRunOnce++;
						continue;
					}
					if (!"node-b".equals(runs.get(0)[1])) {
						deadJobsRunElsewhereThanB++;
					}
					Duration wait = Duration.between(killedAt, ((Timestamp) runs.get(0)[0]).toInstant());
					longestWait = wait.compareTo(longestWait) > 0 ? wait : longestWait;
					shortestWait = shortestWait == null || wait.compareTo(shortestWait) < 0 ? wait : shortestWait;
				}
				Map<String, Long> runsByNode = new LinkedHashMap<>();
				db.rows("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_ ORDER BY hostname_")
					.forEach(r -> runsByNode.put((String) r[0], ((Number) r[1]).longValue()));
				long jobsNeverDone = db.count("""
						SELECT COUNT(DISTINCT l.job_id_) FROM act_hi_job_log l WHERE l.job_state_ = 0
						AND NOT EXISTS (SELECT 1 FROM act_hi_job_log d WHERE d.job_id_ = l.job_id_ AND d.job_state_ IN (2, 3))
						AND NOT EXISTS (SELECT 1 FROM act_ru_job r WHERE r.id_ = l.job_id_)""");
				long requests = db.count("SELECT COUNT(*) FROM support_request");
				long reminders = db.count("SELECT COUNT(*) FROM notification WHERE template = 'committee-reminder'");
				long remindersPerRequestOff = db.count("""
						SELECT COUNT(*) FROM support_request r WHERE (SELECT COUNT(*) FROM notification n
						WHERE n.template = 'committee-reminder' AND n.reference_number = r.reference_number) <> 1""");
				long unanswered = all.stream().filter(j -> j.number % 3 == 0).count();
				long surveyReminders = db.count("SELECT COUNT(*) FROM notification WHERE template = 'survey-reminder'");
				long surveysClosedByTimer = db.count("SELECT COUNT(*) FROM survey WHERE status = 'NO_ANSWER'");
				long surveyRemindersOff = db.count("""
						SELECT COUNT(*) FROM survey s WHERE s.status = 'NO_ANSWER' AND (SELECT COUNT(*) FROM act_hi_actinst a
						WHERE a.proc_inst_id_ = s.process_instance_id AND a.act_id_ = 'Task_RemindSurveyRecipient') <> 1""");
				long answersCorrelated = db.count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'Event_SurveyAnswered'");
				long answerMessagesOff = db.count("""
						SELECT COUNT(*) FROM survey s WHERE s.status = 'ANSWERED' AND (SELECT COUNT(*) FROM act_hi_actinst a
						WHERE a.proc_inst_id_ = s.process_instance_id AND a.act_id_ = 'Event_SurveyAnswered') <> 1""");
				long answered = db.count("SELECT COUNT(*) FROM survey WHERE status = 'ANSWERED'");
				long onlineStarts = db.count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'StartEvent_OnlineRequestReceived'");
				long onlineRequests = db.count("SELECT COUNT(*) FROM support_request WHERE channel = 'C7'");
				long sendingOfDeadNode = db.count("SELECT COUNT(*) FROM notification WHERE claimed_by LIKE '" + a.pid() + "@%' AND status <> 'SENT'");

				StringBuilder block = new StringBuilder();
				block.append(String.format("## Two nodes, one killed for good (issue 21), %s version, %s%n%n```%n", Resilience.sizeName(), began));
				block.append(String.format("journeys %d over node-a and node-b (one database), node-a (%s) killed (SIGKILL) at %s holding %d "
						+ "locked jobs of %d locked in all (%d not yet taken), frozen %d times before it held some; not restarted%n", journeys,
						deadNode, killedAt, deadJobs.size(), lockedAtKill.size(), unlockedAtKill, freezes));
				block.append("application settings changed for the run (both nodes):\n").append(Resilience.settings(settings));
				block.append("    camunda.bpm.generic-properties.properties.hostname=node-a | node-b (names in the job log)\n");
				block.append("    job lock time 60 s and acquisition wait 5-10 s as in application.yaml\n");
				block.append(String.format("journeys failed %d; writes whose answer was lost %d (settled by looking %d), 409 'changed at "
						+ "the same moment' tried again %d; outbox and jobs settled %d s after the last journey%n", failures.size(),
						toA.unknownOutcomes.get() + toB.unknownOutcomes.get(), ledger.settledByLooking.get(), ledger.conflictsRetried.get(),
						settled.toSeconds()));
				failures.forEach(f -> block.append("  FAILED ").append(f).append('\n'));
				block.append(String.format("jobs: successful runs by node %s; run more than once %d; created but never done %d%n", runsByNode,
						db.jobsRunTwice(), jobsNeverDone));
				block.append(String.format("dead node's jobs: %d, each run once %s, by node-b %s; waited from the kill %s to %s "
						+ "(longest wait %d s)%n", deadJobs.size(), deadJobsNotRunOnce == 0 ? "yes" : "NO (" + deadJobsNotRunOnce + ")",
						deadJobsRunElsewhereThanB == 0 ? "yes" : "NO (" + deadJobsRunElsewhereThanB + ")",
						shortestWait == null ? "-" : shortestWait.toSeconds() + " s", longestWait.toSeconds() + " s", longestWait.toSeconds()));
				block.append(String.format("dead node's messages left SENDING, settled by node-b: %d%n", sendingOfDeadNode));
				block.append(String.format("timers: committee reminders %d for %d requests (requests without exactly one: %d); "
						+ "surveys left unanswered %d, closed by their expiry timer %d, reminded not exactly once %d%n", reminders, requests,
						remindersPerRequestOff, unanswered, surveysClosedByTimer, surveyRemindersOff));
				block.append(String.format("messages: online start messages %d for %d online requests; survey answers %d, answer messages "
						+ "correlated %d (surveys whose answer did not end them exactly once: %d)%n", onlineStarts, onlineRequests, answered,
						answersCorrelated, answerMessagesOff));
				block.append(counts.block());
				block.append(String.format("LONGEST WAIT of the dead node's work: %d s%n```%n", longestWait.toSeconds()));
				Resilience.publish("two-nodes", block.toString());

				assertThat(failures).as("journeys that could not go on").isEmpty();
				assertThat(deadJobs).as("node-a died holding locked jobs").isNotEmpty();
				assertThat(deadJobsNotRunOnce).as("dead node's jobs not run exactly once").isZero();
				assertThat(deadJobsRunElsewhereThanB).isZero();
				assertThat(db.jobsRunTwice()).as("jobs run twice").isZero();
				assertThat(jobsNeverDone).as("jobs never done").isZero();
				assertThat(remindersPerRequestOff).as("requests without exactly one committee reminder").isZero();
				assertThat(surveysClosedByTimer).isEqualTo(unanswered);
				assertThat(surveyRemindersOff).as("unanswered surveys not reminded exactly once").isZero();
				assertThat(onlineStarts).isEqualTo(onlineRequests);
				assertThat(answerMessagesOff).as("answers not correlated exactly once").isZero();
				assertThat(answersCorrelated).isEqualTo(answered);
				assertThat(counts.lost()).as("lost").isZero();
				assertThat(counts.duplicated()).as("duplicated").isZero();
				assertThat(counts.duplicateDeliveries()).as("duplicate deliveries").isZero();
				assertThat(counts.sentNeverDelivered).isZero();
				assertThat(counts.deliveredButDueAgain).as("delivered but due to be sent again").isZero();
				assertThat(counts.uncertainResent).isZero();
				assertThat(counts.stuck).as("stuck").isEmpty();
				assertThat(counts.incidents).as("incidents").isZero();
				// the lock must expire (60 s) and B's acquisition come round (at most 10 s) before B runs A's jobs
				assertThat(longestWait).isLessThan(Duration.ofSeconds(120));
			}
			finally {
				a.stop();
				b.stop();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	interface Walk {

		void on(Journey journey) throws Exception;

	}

	/**
	 * The jobs a node has locked (a lock names its node), without the engine's history cleanup job, which runs again and
	 * again inside its nightly window and is not one of the journeys' jobs.
	 */
	private static String lockedBy(String node) {
		return " FROM act_ru_job WHERE lock_owner_ LIKE '" + node + "/%' AND handler_type_ <> 'history-cleanup'";
	}

	/** A node's locked jobs once the set stops changing for 300 ms (a commit it had sent before it froze lands). */
	private static List<Object[]> stillLocked(Census db, String node) {
		String sql = "SELECT id_, lock_owner_, lock_exp_time_" + lockedBy(node) + " ORDER BY id_";
		List<List<Object[]>> seen = new ArrayList<>(List.of(db.rows(sql)));
		List<Object[]> stable = Journey.poll(Duration.ofSeconds(5), () -> {
			List<Object[]> now = db.rows(sql);
			List<Object[]> before = seen.get(seen.size() - 1);
			seen.add(now);
			return seen.size() > 3 && ids(now).equals(ids(before)) && ids(now).equals(ids(seen.get(seen.size() - 3))) ? now : null;
		}, 150);
		return stable == null ? List.of() : stable;
	}

	private static List<Object> ids(List<Object[]> rows) {
		return rows.stream().map(row -> row[0]).toList();
	}

	private static long lockedJobs(Census db, String node) {
		return db.count("SELECT COUNT(*)" + lockedBy(node));
	}

	private static Map<String, String> withHostname(Map<String, String> settings, String hostname) {
		Map<String, String> node = new LinkedHashMap<>(settings);
		node.put("camunda.bpm.generic-properties.properties.hostname", hostname);
		return node;
	}

	private static List<Future<?>> submit(ExecutorService pool, List<Journey> all, Walk walk) {
		List<Future<?>> futures = new ArrayList<>();
		for (Journey journey : all) {
			futures.add(pool.submit(() -> {
				// a journey that failed in an earlier phase is reported once and goes no further
				if (!journey.failed) {
					walk.on(journey);
				}
				return null;
			}));
		}
		return futures;
	}

	private static void run(ExecutorService pool, List<Journey> all, List<String> failures, Walk walk) {
		collect(submit(pool, all, walk), all, failures);
	}

	private static void collect(List<Future<?>> futures, List<Journey> all, List<String> failures) {
		for (int i = 0; i < futures.size(); i++) {
			try {
				futures.get(i).get(15, TimeUnit.MINUTES);
			}
			catch (ExecutionException | TimeoutException | InterruptedException e) {
				all.get(i).failed = true;
				failures.add(all.get(i) + " stopped at " + all.get(i).reached + ": " + (e.getCause() != null ? e.getCause().getMessage() : e));
			}
		}
	}

}
