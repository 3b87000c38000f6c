package sa.org.hayaniyah.masar.api;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the edge checks and the error answers with the engine REST API's Jersey application ({@code /engine-rest}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

	@Bean
	ResourceConfigCustomizer masarEngineRestEdge() {
		return config -> config.register(EngineRestEdge.class)
			.register(EngineRestErrors.ForProcessEngine.class)
			.register(EngineRestErrors.ForRest.class);
	}

}
