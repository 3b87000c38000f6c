package sa.org.hayaniyah.masar.api;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the edge checks and the error answers with both Jersey applications that serve the engine's REST API:
 * {@code /engine-rest} (Modeler, integrations) and the webapps' {@code /camunda/api/engine} (what Tasklist's start and
 * task forms submit to), so a user's mistake is a 400 in Arabic on either path.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

	static final Class<?>[] PROVIDERS = { EngineRestEdge.class, EngineRestErrors.ForProcessEngine.class,
			EngineRestErrors.ForRest.class, EngineRestErrors.ForDataAccess.class, EngineRestErrors.ForTransaction.class,
			AlreadyDone.class };

	/** The servlet name Camunda's webapp starter gives the webapps' engine API; it keeps a registration it finds. */
	static final String WEBAPP_ENGINE_API = "Engine Api";

	@Bean
	ResourceConfigCustomizer masarEngineRestEdge() {
		return config -> Stream.of(PROVIDERS).forEach(config::register);
	}

	/**
	 * The webapps' engine API is a plain Jersey servlet registered by Camunda's webapp initializer: whichever of the two
	 * initializers runs first, the servlet ends up with Masar's providers (Camunda skips a name already registered).
	 */
	@Bean
	ServletContextInitializer masarWebappEngineApiEdge(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
		return servletContext -> {
			ServletRegistration registration = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
			if (registration == null) {
				registration = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
				registration.addMapping(applicationPath + "/api/engine/*");
				registration.setInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
			}
			registration.setInitParameter("jersey.config.server.provider.classnames",
					Stream.of(PROVIDERS).map(Class::getName).collect(Collectors.joining(",")));
		};
	}

}
