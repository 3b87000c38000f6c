package sa.org.hayaniyah.masar.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/**
 * Issue 21, crash: N journeys driven over HTTP from this JVM while the application's JVM is killed (SIGKILL) K times
 * at random points of their progress, once exactly inside the notification dispatcher's window (the SMS gateway has
 * the message, the outbox does not yet say SENT), and started again each time. Then what the clients were told is
 * compared with what the database, the SMS gateway and the mail server hold.
 * <p>
 * {@code ./mvnw -B test -Presilience -Dresilience=crash} (150 journeys, 5 kills); 20 journeys and 2 kills in
 * {@code ./mvnw verify}.
 */
@Resilience.Test("crash")
class CrashTest {

	@Test
	void journeysSurviveTheApplicationBeingKilled() throws Exception {
		int journeys = Resilience.size("journeys", 150, 20);
		int kills = Resilience.size("kills", 5, 2);
		int clients = Resilience.size("clients", 8, 6);
		String database = Resilience.freshDatabase("crash");
		Census db = new Census(database);
		Instant began = Instant.now();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try (SmsGateway sms = new SmsGateway(); MailServer mail = new MailServer()) {
			Map<String, String> settings = Resilience.applicationProperties(sms, mail);
			// the committee reminder (a timer) comes 30 s after submission instead of 10 days, so kills meet timers too
			settings.put("masar.sla.committee-reminder", "PT30S");
			MasarNode node = new MasarNode("crash", database, settings, Resilience.TARGET.resolve("crash"));
			try {
				node.quickStart = true;
				node.start(Duration.ofMinutes(4));
				Duration firstStart = node.lastStartup;
				MasarClient client = new MasarClient(node::baseUrl, Duration.ofMinutes(5));
				Journey.Ledger ledger = new Journey.Ledger();
				List<Journey> all = new ArrayList<>();
				List<Future<?>> running = new ArrayList<>();
				for (int i = 0; i < journeys; i++) {
					Journey journey = new Journey(i + 1, i % 2 == 1, i % 4 == 3, client, ledger, sms, mail, Duration.ofMinutes(5));
					all.add(journey);
					running.add(pool.submit(() -> {
						journey.walk();
						return null;
					}));
				}

				// kills spread over the journeys' progress (9 acknowledged steps each), one inside the dispatcher's window
				int totalSteps = journeys * 9;
				int dispatcherKill = ThreadLocalRandom.current().nextInt(kills);
				List<String> killLog = new ArrayList<>();
				for (int k = 0; k < kills; k++) {
					double share = (k + ThreadLocalRandom.current().nextDouble(0.6, 1.4)) / (kills + 1);
					int threshold = (int) (totalSteps * share);
					Journey.poll(Duration.ofMinutes(20), () -> ledger.steps.get() >= threshold || allDone(running) ? Boolean.TRUE : null);
					if (allDone(running)) {
						break;
					}
					Instant killedAt;
					String where;
					if (k == dispatcherKill) {
						SmsGateway.Trap trap = sms.arm();
						assertThat(trap.caught.await(3, TimeUnit.MINUTES)).as("an SMS reached the gateway to be held").isTrue();
						killedAt = node.kill();
						trap.release.countDown();
						where = "inside the dispatcher's window (" + trap.delivery.clientReference()
								+ " received by the SMS gateway, its answer held, not yet marked SENT)";
					}
					else {
						killedAt = node.kill();
						where = "at random";
					}
					int step = ledger.steps.get();
					node.start(Duration.ofMinutes(4));
					killLog.add(String.format("  kill %d after %d of ~%d acknowledged steps, %s; healthy again after %d s", k + 1, step,
							totalSteps, where, Duration.between(killedAt, Instant.now()).toSeconds()));
				}

				List<String> failures = new ArrayList<>();
				for (int i = 0; i < running.size(); i++) {
					try {
						running.get(i).get(20, TimeUnit.MINUTES);
					}
					catch (ExecutionException | TimeoutException e) {
						failures.add(all.get(i) + " stopped at " + all.get(i).reached + ": "
								+ (e.getCause() != null ? e.getCause().getMessage() : e.toString()));
					}
				}
				Duration settled = db.quiesce(Duration.ofMinutes(3));
				JourneyCounts counts = JourneyCounts.take(db, ledger, sms, mail);
				long completed = all.stream().filter(j -> "completed".equals(j.reached)).count();
				long running_ = db.count("SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ AND super_exec_ IS NULL");

				StringBuilder block = new StringBuilder();
				block.append(String.format("## Crash test (issue 21), %s version, %s%n%n```%n", Resilience.sizeName(), began));
				block.append(String.format("journeys %d (%d at reception C1, %d online C7 of which %d by e-mail), %d client threads, "
						+ "%d kills (SIGKILL) of the application's JVM:%n", journeys, journeys - journeys / 2, journeys / 2,
						all.stream().filter(j -> j.email != null).count(), clients, killLog.size()));
				killLog.forEach(line -> block.append(line).append('\n'));
				block.append(String.format("first start %d s; after the journeys, outbox and jobs settled in %d s%n",
						firstStart.toSeconds(), settled.toSeconds()));
				block.append("application settings changed for the run:\n").append(Resilience.settings(settings));
				block.append(String.format("journeys completed %d/%d, instances still running %d; client retries %d, writes whose answer "
						+ "was lost %d (settled by looking %d), 409 'changed at the same moment' tried again %d, surveys recorded by "
						+ "phone %d%n", completed, journeys, running_, client.retries.get(), client.unknownOutcomes.get(),
						ledger.settledByLooking.get(), ledger.conflictsRetried.get(), ledger.surveysByPhone.get()));
				failures.forEach(f -> block.append("  FAILED ").append(f).append('\n'));
				block.append(counts.block()).append("```\n");
				Resilience.publish("crash", block.toString());

				assertThat(failures).as("journeys that could not go on").isEmpty();
				assertThat(killLog).as("kills done").hasSize(kills);
				assertThat(completed).isEqualTo(journeys);
				assertThat(counts.lost()).as("lost").isZero();
				assertThat(counts.duplicated()).as("duplicated").isZero();
				assertThat(counts.duplicateDeliveries()).as("duplicate deliveries").isZero();
				assertThat(counts.sentNeverDelivered).as("SENT but never delivered").isZero();
				assertThat(counts.deliveredButDueAgain).as("delivered but due to be sent again").isZero();
				assertThat(counts.uncertainResent).as("UNCERTAIN messages sent again").isZero();
				assertThat(counts.uncertain).as("the message held in the dispatcher's window is UNCERTAIN").isNotEmpty();
				assertThat(counts.stuck).as("stuck").isEmpty();
				assertThat(counts.incidents).as("incidents").isZero();
			}
			finally {
				node.stop();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static boolean allDone(List<Future<?>> running) {
		return running.stream().allMatch(Future::isDone);
	}

}
