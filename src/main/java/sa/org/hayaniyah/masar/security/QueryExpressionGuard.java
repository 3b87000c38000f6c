package sa.org.hayaniyah.masar.security;

import java.lang.reflect.Field;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Expressions in a query run code on the server. Camunda 7.24.0 CE checks only a query's top level against
 * {@code enableExpressionsInAdhocQueries=false}: the {@code orQueries} of a task query (its
 * {@link TaskQueryImpl#getQueries()}) and a stored filter's extending query are evaluated unchecked (an advisory fixed
 * only in Enterprise patches). This check refuses, for everybody, every ad-hoc query that carries an expression at
 * any level, and a filter executed with such an extension. Stored filters keep their expressions (created by the
 * application at start-up); storing a filter with an expression stays an administrator's act.
 */
final class QueryExpressionGuard {

	static final String REFUSAL = "التعبيرات غير مسموحة في الاستعلامات / Expressions are not allowed in queries";

	private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

	private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

	private final ProcessEngineConfigurationImpl configuration;

	QueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	void check(Command<?> command) {
		if (command instanceof AbstractQuery<?, ?> query) {
			refuseExpressions(query);
		}
		else if (command instanceof AbstractExecuteFilterCmd execute) {
			refuseExpressions(read(EXTENDING_QUERY, execute));
		}
		else if (command instanceof SaveFilterCmd save && !AdminOnlyCommands.isAdministratorOrEngine(configuration)) {
			Filter filter = (Filter) read(SAVED_FILTER, save);
			if (filter != null) {
				refuseExpressions(filter.getQuery());
			}
		}
	}

	private static void refuseExpressions(Object query) {
		if (query instanceof TaskQueryImpl task) {
			// getQueries() holds the query itself and each of its orQueries
			for (TaskQueryImpl part : task.getQueries()) {
				refuseIfAny(part.getExpressions());
			}
		}
		else if (query instanceof AbstractQuery<?, ?> other) {
			refuseIfAny(other.getExpressions());
		}
	}

	private static void refuseIfAny(Map<String, String> expressions) {
		if (expressions != null && !expressions.isEmpty()) {
			throw new BadUserRequestException(REFUSAL);
		}
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			// an engine upgrade renamed it: refuse to start rather than run unguarded
			throw new IllegalStateException("Camunda's " + type.getSimpleName() + "." + name + " is gone: review QueryExpressionGuard", e);
		}
	}

	private static Object read(Field field, Object owner) {
		try {
			return field.get(owner);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

}
