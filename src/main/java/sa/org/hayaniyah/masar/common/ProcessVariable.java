package sa.org.hayaniyah.masar.common;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name, as forms, BPMN expressions and stored instances know it, and its Java type. The
 * conversions live here, once: the engine hands back what was stored, and a number may arrive as an Integer from a
 * form or JSON and as a Long from a delegate.
 * <p>
 * {@link #input(String)} declares a value a person types into a form: it stays as submitted (a string, number, list)
 * because the service that reads it checks it and says what is wrong in Arabic.
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Class<T> type;

	private final Function<Object, T> conversion;

	private ProcessVariable(String name, Class<T> type, Function<Object, T> conversion) {
		this.name = Objects.requireNonNull(name);
		this.type = type;
		this.conversion = conversion;
	}

	/** A database id or other whole number: Integer, Long or digits all read as Long. */
	public static ProcessVariable<Long> id(String name) {
		return new ProcessVariable<>(name, Long.class, value -> value instanceof Number n ? Long.valueOf(n.longValue())
				: value instanceof String s && !s.isBlank() ? Long.valueOf(s.strip()) : null);
	}

	/** A counter (attempts, rounds): Integer, Long or digits all read as Integer. */
	public static ProcessVariable<Integer> count(String name) {
		return new ProcessVariable<>(name, Integer.class, value -> value instanceof Number n ? Integer.valueOf(n.intValue())
				: value instanceof String s && !s.isBlank() ? Integer.valueOf(s.strip()) : null);
	}

	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name, String.class, Object::toString);
	}

	/** A yes/no the process branches on: a Boolean, or "true" as a form or JSON may send it; anything else is false. */
	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, Boolean.class,
				value -> FormValues.flag(value));
	}

	/** A moment the engine schedules on (timers, due dates): stored as java.util.Date. */
	public static ProcessVariable<Date> moment(String name) {
		return new ProcessVariable<>(name, Date.class, value -> (Date) value);
	}

	/** A number kept as the form sent it (Integer, Long or Double); shown again in later forms. */
	public static ProcessVariable<Number> number(String name) {
		return new ProcessVariable<>(name, Number.class, value -> (Number) value);
	}

	/** A value as a person typed it into a form; the service that reads it checks it. */
	public static ProcessVariable<Object> input(String name) {
		return new ProcessVariable<>(name, Object.class, value -> value);
	}

	public String name() {
		return name;
	}

	public Class<T> type() {
		return type;
	}

	/** The value visible from the scope (its own or a parent's), converted; null when absent. */
	public T get(VariableScope scope) {
		return convert(scope.getVariable(name));
	}

	/**
	 * The value as submitted, unconverted: for the checks at the edge, which answer a value of the wrong kind (a list
	 * where a name belongs) at its field instead of reading it as text.
	 */
	public Object raw(VariableScope scope) {
		return scope.getVariable(name);
	}

	public T get(VariableScope scope, T absent) {
		T value = get(scope);
		return value == null ? absent : value;
	}

	/** The value of a process instance or execution, read from outside it (a controller, a test). */
	public T get(RuntimeService runtime, String executionId) {
		return convert(runtime.getVariable(executionId, name));
	}

	/** The value as a task sees it (its own, else its execution's). */
	public T get(TaskService tasks, String taskId) {
		return convert(tasks.getVariable(taskId, name));
	}

	/** The value in a map of variables (a task's or a start message's). */
	public T get(Map<String, ?> variables) {
		return convert(variables.get(name));
	}

	/** Sets the variable where it already lives, else on the process instance. */
	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value);
	}

	/** Sets the variable on this scope only (a loop iteration's execution, a task). */
	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, value);
	}

	/** Adds the value to variables that start a process or complete a task. */
	public void put(Map<String, Object> variables, T value) {
		variables.put(name, value);
	}

	public T convert(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return conversion.apply(value);
		}
		catch (ClassCastException | NumberFormatException e) {
			throw new IllegalStateException("Process variable " + name + " holds a " + value.getClass().getSimpleName()
					+ " where a " + type.getSimpleName() + " is expected", e);
		}
	}

	@Override
	public String toString() {
		return name + ":" + type.getSimpleName();
	}

}
