package sa.org.hayaniyah.masar.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Puts an engine plugin's interceptor in front of every command, through either of the engine's command executors
 * (transaction required and requires new). An interceptor is a link of one chain, so each executor gets its own.
 * Pre-command interceptors run before the command context opens.
 */
public final class PreCommandInterceptors {

	private PreCommandInterceptors() {
	}

	/** At the front of the chain: before anything else the engine or another plugin put there. */
	public static void addFirst(ProcessEngineConfigurationImpl configuration, Supplier<CommandInterceptor> link) {
		configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(), 0, link));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), 0, link));
	}

	/** After the interceptors already there. */
	public static void addLast(ProcessEngineConfigurationImpl configuration, Supplier<CommandInterceptor> link) {
		configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(), -1, link));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), -1, link));
	}

	private static List<CommandInterceptor> with(List<CommandInterceptor> existing, int at, Supplier<CommandInterceptor> link) {
		List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
		interceptors.add(at < 0 ? interceptors.size() : at, link.get());
		return interceptors;
	}

}
