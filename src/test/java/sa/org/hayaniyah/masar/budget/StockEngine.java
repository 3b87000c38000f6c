package sa.org.hayaniyah.masar.budget;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.org.hayaniyah.masar.MasarApplication;
import sa.org.hayaniyah.masar.TestDatabase;

/**
 * The same application (same BPMN, forms, delegates, listeners, domain tables, PostgreSQL driver and pool) on a
 * database of its own, with the engine configured as the Camunda 7.24 Spring Boot starter ships it: the baseline of
 * {@link JourneyBenchmark}. Where Masar's engine differs from the starter's defaults, and what this context does about
 * it, is {@link #DIFFERENCES}. Started inside the benchmark's JVM next to Masar's own context, so both are measured in
 * one run on the same machine.
 */
final class StockEngine {

	/** Masar's engine settings and additions against the starter's defaults; each line: what Masar does → the baseline. */
	static final List<String> DIFFERENCES = List.of(
			"engine plugins: Masar's copy of `Task.xml` (EXISTS check, implied grants; `tasklist.TaskQueryMapping`), "
					+ "`tasklist.AuthenticatedGroups` (no group scan per check), `tasklist.TaskCardVariables` (a create "
					+ "listener copying 4 card variables onto every user task), `security.EngineCommandGuards` (a "
					+ "pre-command interceptor) → none: the starter's own configuration and plugins only",
			"partial index `MASAR_IDX_VAR_NATIONAL_ID` on `ACT_RU_VARIABLE` → dropped",
			"`authorization.enabled: true` → false (the starter's default; the `authorization` variant keeps it on)",
			"`defaultUserPermissionNameForTask: TASK_WORK` → UPDATE",
			"`jdbcStatementTimeout: 30` → none",
			"`historyCleanupStrategy: endTimeBased` and `historyRemovalTimeStrategy: none` (nothing stamped when a case "
					+ "ends) → `removalTimeBased` and `end` (the engine's defaults)",
			"`jobExecutorAcquireByPriority: true` → false (no job executor runs here in either)",
			"`historyCleanupBatchWindow*`, `lock-time-in-millis`, `wait-time-in-millis`, `max-wait` → kept (the job "
					+ "executor is off and the cleanup runs when called in both)",
			"kept because the application cannot start without them or they change nothing here: `history-level: full` "
					+ "(the starter's default), `enforceHistoryTimeToLive: true` and `javaSerializationFormatEnabled: false` (the engine's "
					+ "defaults), `groupResourceWhitelistPattern` (group ids with hyphens), the login settings");

	private StockEngine() {
	}

	/**
	 * Starts the application against a fresh benchmark database; {@code authorization} keeps the engine's
	 * authorization checks on (as Masar runs), otherwise the starter's default (off).
	 */
	static ConfigurableApplicationContext start(String engineName, boolean authorization) {
		String url = TestDatabase.createBenchmarkDatabase();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MasarApplication.class)
			.profiles("test")
			.initializers(c -> c.getBeanFactory().addBeanPostProcessor(new StarterConfiguration(c.getBeanFactory())))
			// command-line arguments: above application.yaml and the test profile
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--server.port=0", "--camunda.bpm.process-engine-name=" + engineName,
					"--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.authorization.enabled=" + authorization,
					"--camunda.bpm.generic-properties.properties.defaultUserPermissionNameForTask=UPDATE",
					"--camunda.bpm.generic-properties.properties.historyCleanupStrategy=removalTimeBased",
					"--camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy=end",
					"--camunda.bpm.generic-properties.properties.jobExecutorAcquireByPriority=false");
		ProcessEngineConfigurationImpl engine = context.getBean(ProcessEngineConfigurationImpl.class);
		if (engine.getJdbcStatementTimeout() != null || engine.isAuthorizationEnabled() != authorization
				|| !"end".equals(engine.getHistoryRemovalTimeStrategy())
				|| !"removalTimeBased".equals(engine.getHistoryCleanupStrategy())
				|| engine.getProcessEnginePlugins().stream().anyMatch(StockEngine::masar)) {
			context.close();
			throw new IllegalStateException("the stock engine is not configured as the starter ships it");
		}
		new JdbcTemplate(context.getBean(DataSource.class)).execute("DROP INDEX IF EXISTS masar_idx_var_national_id");
		return context;
	}

	/** One of Masar's engine plugins (or one inside a composite). */
	static boolean masar(ProcessEnginePlugin plugin) {
		if (plugin instanceof CompositeProcessEnginePlugin composite) {
			return composite.getPlugins().stream().anyMatch(StockEngine::masar);
		}
		String name = plugin.getClass().getName();
		return name.startsWith("sa.org.hayaniyah.masar.") && !name.startsWith(StockEngine.class.getName());
	}

	private static final class NoStatementTimeout extends AbstractProcessEnginePlugin {

		@Override
		public void preInit(ProcessEngineConfigurationImpl configuration) {
			configuration.setJdbcStatementTimeout(null);
		}

	}

	/**
	 * Puts the starter's own engine configuration in the place of Masar's ({@code tasklist.TaskQueryMapping}): the
	 * engine's MyBatis mapping, with every plugin bean except Masar's.
	 */
	private static final class StarterConfiguration implements BeanPostProcessor {

		private final ListableBeanFactory beans;

		StarterConfiguration(ListableBeanFactory beans) {
			this.beans = beans;
		}

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof ProcessEngineConfigurationImpl && !(bean.getClass() == SpringProcessEngineConfiguration.class)) {
				SpringProcessEngineConfiguration starter = CamundaSpringBootUtil.springProcessEngineConfiguration();
				List<ProcessEnginePlugin> plugins = new ArrayList<>(beans.getBeanProvider(ProcessEnginePlugin.class)
					.orderedStream().filter(plugin -> !masar(plugin)).toList());
				// after the starter's generic properties: no statement timeout (a property cannot bind to null)
				plugins.add(new NoStatementTimeout());
				starter.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
				return starter;
			}
			return bean;
		}

	}

}
