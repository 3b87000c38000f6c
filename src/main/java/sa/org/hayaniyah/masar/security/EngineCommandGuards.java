package sa.org.hayaniyah.masar.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.PreCommandInterceptors;

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
		PreCommandInterceptors.addFirst(configuration, () -> new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				expressions.check(command);
				adminOnly.check(command);
				return next.execute(command);
			}

		});
	}

}
