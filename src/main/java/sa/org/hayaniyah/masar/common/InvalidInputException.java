package sa.org.hayaniyah.masar.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be accepted. Staff see the Arabic messages (Tasklist shows the exception message);
 * API clients get the English ones with the Arabic beside them.
 */
public class InvalidInputException extends RuntimeException {

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

	public List<Violation> violations() {
		return violations;
	}

}
