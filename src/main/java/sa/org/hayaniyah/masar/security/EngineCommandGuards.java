package sa.org.hayaniyah.masar.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's own checks in front of every command, whichever door it came through (engine REST, the webapps'
 * {@code /camunda/api/engine}, Java API): {@link QueryExpressionGuard} and {@link AdminOnlyCommands}. They look at the
 * parsed command objects, so no spelling of the request text gets past them. Pre-command interceptors run before the
 * command context opens: a refusal touches nothing and is not logged as an engine error.
 */
@Component
class EngineCommandGuards extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		QueryExpressionGuard expressions = new QueryExpressionGuard(configuration);
		AdminOnlyCommands adminOnly = new AdminOnlyCommands(configuration);
		// an interceptor is a link of one chain: each executor gets its own
		addTo(configuration::getCustomPreCommandInterceptorsTxRequired, configuration::setCustomPreCommandInterceptorsTxRequired,
				expressions, adminOnly);
		addTo(configuration::getCustomPreCommandInterceptorsTxRequiresNew,
				configuration::setCustomPreCommandInterceptorsTxRequiresNew, expressions, adminOnly);
	}

	private static void addTo(Supplier<List<CommandInterceptor>> get, Consumer<List<CommandInterceptor>> set,
			QueryExpressionGuard expressions, AdminOnlyCommands adminOnly) {
		List<CommandInterceptor> interceptors = get.get() == null ? new ArrayList<>() : new ArrayList<>(get.get());
		interceptors.add(0, new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				expressions.check(command);
				adminOnly.check(command);
				return next.execute(command);
			}

		});
		set.accept(interceptors);
	}

}
