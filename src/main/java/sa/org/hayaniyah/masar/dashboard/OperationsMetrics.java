package sa.org.hayaniyah.masar.dashboard;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Engine and business gauges for {@code /actuator/prometheus} (issue 24). Camunda 7 CE has no Micrometer binder, so
 * these are registered here. Every gauge reads one snapshot taken at most every {@link #MAX_AGE}, so a scrape costs a
 * handful of queries, not one per gauge.
 * <ul>
 * <li>{@code masar_requests_open{stage}}: journey requests waiting in each stage;</li>
 * <li>{@code masar_requests_deadline{state="near"|"past"}}: open requests without a final decision whose two-week
 * deadline (R5) is within three days, or passed;</li>
 * <li>{@code masar_inquiries_overdue}, {@code masar_service_recovery_open};</li>
 * <li>{@code masar_notifications_backlog} (PENDING and SENDING), {@code masar_notifications_failed} (FAILED and
 * UNCERTAIN: a supervisor must act);</li>
 * <li>{@code camunda_incidents_open}, {@code camunda_jobs_executable} (due and not locked), {@code camunda_jobs_failed}
 * (no retries left);</li>
 * <li>{@code camunda_job_acquisition_total{result="attempt"|"success"|"failure"}}: the engine's own job-acquisition
 * meters (what the database reporter has written, every node, plus this node's count not yet written);</li>
 * <li>{@code masar_health{component="db"|"processEngine"|"jobExecutor"}}: 1 when UP, 0 otherwise, -1 when the
 * component is absent, for scrapers that cannot see health details (the public health endpoint shows the status
 * only).</li>
 * </ul>
 */
@Component
class OperationsMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(15);

	private static final List<String> HEALTH = List.of("db", "processEngine", "jobExecutor");

	private final SupervisorDashboard dashboard;

	private final JdbcClient jdbc;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final ProcessEngineConfigurationImpl engineConfiguration;

	private final ObjectProvider<HealthEndpoint> health;

	private final IdentityService identityService;

	private Snapshot snapshot;

	/** What one scrape reads. */
	record Snapshot(long takenAtMillis, SupervisorDashboard.Live live, Map<String, Integer> notifications, long incidents,
			long executableJobs, long failedJobs) {
	}

	OperationsMetrics(SupervisorDashboard dashboard, JdbcClient jdbc, RuntimeService runtimeService,
			ManagementService managementService, ProcessEngineConfigurationImpl engineConfiguration,
			ObjectProvider<HealthEndpoint> health, IdentityService identityService) {
		this.dashboard = dashboard;
		this.jdbc = jdbc;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.engineConfiguration = engineConfiguration;
		this.health = health;
		this.identityService = identityService;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (JourneyStage stage : JourneyStage.values()) {
			gauge(registry, "masar.requests.open", "Journey requests waiting in a stage",
					s -> s.live().openByStage().getOrDefault(stage, 0), "stage", stage.name());
		}
		gauge(registry, "masar.requests.deadline", "Open undecided requests near or past the two-week deadline (R5)",
				s -> s.live().nearDeadline(), "state", "near");
		gauge(registry, "masar.requests.deadline", "Open undecided requests near or past the two-week deadline (R5)",
				s -> s.live().pastDeadline(), "state", "past");
		gauge(registry, "masar.inquiries.overdue", "Inquiries and complaints past their two working days (O3)",
				s -> s.live().overdueInquiries());
		gauge(registry, "masar.service.recovery.open", "Open service-recovery cases (O6)", s -> s.live().openRecoveries());
		gauge(registry, "masar.notifications.backlog", "Messages waiting in the outbox (PENDING, SENDING)",
				s -> s.notifications().getOrDefault("PENDING", 0) + s.notifications().getOrDefault("SENDING", 0));
		gauge(registry, "masar.notifications.failed", "Messages a supervisor must settle (FAILED, UNCERTAIN)",
				s -> s.notifications().getOrDefault("FAILED", 0) + s.notifications().getOrDefault("UNCERTAIN", 0));
		gauge(registry, "camunda.incidents.open", "Open incidents of the engine", Snapshot::incidents);
		gauge(registry, "camunda.jobs.executable", "Jobs due now and not locked", Snapshot::executableJobs);
		gauge(registry, "camunda.jobs.failed", "Jobs with no retries left", Snapshot::failedJobs);
		Map<String, String> acquisition = Map.of("attempt", Metrics.JOB_ACQUISITION_ATTEMPT, "success",
				Metrics.JOB_ACQUIRED_SUCCESS, "failure", Metrics.JOB_ACQUIRED_FAILURE);
		acquisition.forEach((result, meter) -> FunctionCounter
			.builder("camunda.job.acquisition", this, metrics -> metrics.engineMeter(meter))
			.description("The engine's job acquisition meter " + meter)
			.tag("result", result)
			.register(registry));
		for (String component : HEALTH) {
			Gauge.builder("masar.health", this, metrics -> metrics.healthOf(component))
				.description("1 when the component is UP, 0 otherwise, -1 when absent")
				.tag("component", component)
				.register(registry);
		}
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value,
			String... tags) {
		Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.snapshot()))
			.description(description)
			.tags(tags)
			.register(registry);
	}

	/** The current snapshot, taken again when older than {@link #MAX_AGE} (by the wall clock: scrapes are real time). */
	synchronized Snapshot snapshot() {
		long now = System.currentTimeMillis();
		if (snapshot == null || now - snapshot.takenAtMillis() > MAX_AGE.toMillis()) {
			snapshot = asEngine(() -> take(now));
		}
		return snapshot;
	}

	private Snapshot take(long now) {
		Map<String, Integer> notifications = new HashMap<>();
		jdbc.sql("SELECT status, COUNT(*) FROM notification_state GROUP BY status")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(e -> notifications.put(e.getKey(), e.getValue()));
		return new Snapshot(now, dashboard.live(), notifications, runtimeService.createIncidentQuery().count(),
				managementService.createJobQuery().executable().count(),
				managementService.createJobQuery().noRetriesLeft().count());
	}

	/**
	 * The whole engine's counts, whoever scrapes: the scraper's engine authentication (a monitoring account has no
	 * authorizations) would otherwise hide every incident and job, and refuse the metrics query.
	 */
	private <T> T asEngine(Supplier<T> query) {
		Authentication scraper = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return query.get();
		}
		finally {
			if (scraper != null) {
				identityService.setAuthentication(scraper);
			}
		}
	}

	/** Forgets the snapshot, so the next read takes a new one (tests that change the data between scrapes). */
	synchronized void refresh() {
		snapshot = null;
	}

	private double engineMeter(String name) {
		Meter local = engineConfiguration.getMetricsRegistry() == null ? null
				: engineConfiguration.getMetricsRegistry().getDbMeterByName(name);
		long reported = asEngine(() -> managementService.createMetricsQuery().name(name).sum());
		return reported + (local == null ? 0 : local.get());
	}

	private double healthOf(String component) {
		HealthEndpoint endpoint = health.getIfAvailable();
		HealthComponent found = endpoint == null ? null : endpoint.healthForPath(component);
		if (found == null) {
			return -1;
		}
		return Status.UP.equals(found.getStatus()) ? 1 : 0;
	}

}
