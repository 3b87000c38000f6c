package sa.org.hayaniyah.masar.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine reads its task queries from Masar's copy of {@code Task.xml}, which checks task authorizations with an
 * EXISTS subquery instead of a join over the authorization table (issue 22: with one authorization per task the join
 * made reception's list take seconds). Everything else is the engine's own mapping. The bean takes the place of the
 * Camunda starter's configuration and keeps what the starter does: its custom fields and every engine plugin.
 */
@Configuration(proxyBeanMethods = false)
class TaskQueryMapping {

	static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";

	static final String TASK_MAPPING = "sa/org/hayaniyah/masar/tasklist/Task.xml";

	@Bean
	ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
		SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(new Engine());
		configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
		return configuration;
	}

	/** The engine's MyBatis configuration with one mapper resource swapped, so an engine upgrade brings its new mappers. */
	static String mappings() {
		String engine = read(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
		String quoted = '"' + ENGINE_TASK_MAPPING + '"';
		if (!engine.contains(quoted)) {
			throw new IllegalStateException("The engine's " + ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE
					+ " no longer names " + ENGINE_TASK_MAPPING + ": compare " + TASK_MAPPING + " with the new engine");
		}
		return engine.replace(quoted, '"' + TASK_MAPPING + '"');
	}

	static String read(String resource) {
		try (InputStream in = ReflectUtil.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static class Engine extends SpringProcessEngineConfiguration {

		/** Whether PostgreSQL keeps the counters of tasks per candidate groups exact (TaskGroupCountTriggers). */
		volatile boolean taskGroupCounts;

		@Override
		protected InputStream getMyBatisXmlConfigurationSteam() {
			return new ByteArrayInputStream(mappings().getBytes(StandardCharsets.UTF_8));
		}

	}

}
