package sa.org.hayaniyah.masar.common;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that cannot be accepted. Staff see the Arabic messages (Tasklist shows the exception message);
 * API clients get the English ones with the Arabic beside them. A {@link BadUserRequestException}, so the engine
 * logs it as the user's mistake it is (debug), not as an ERROR of the command.
 */
public class InvalidInputException extends BadUserRequestException {

	public record Violation(String field, String arabic, String english) {
	}

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.stream().map(Violation::arabic).collect(Collectors.joining("؛ ")) + " / "
				+ violations.stream().map(v -> v.field() + ": " + v.english()).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	/** Input refused for one reason. */
	public static InvalidInputException of(String field, String arabic, String english) {
		return new InvalidInputException(List.of(new Violation(field, arabic, english)));
	}

	/** The Arabic messages alone, as the person in front of the screen reads them. */
	public String arabicMessage() {
		return violations.stream().map(Violation::arabic).collect(Collectors.joining(" ؛ "));
	}

	/** The first InvalidInputException in a chain of causes (the engine wraps what listeners throw), or null. */
	public static InvalidInputException in(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		return null;
	}

	public List<Violation> violations() {
		return violations;
	}

}
