package sa.org.hayaniyah.masar.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a production password must be (OWASP ASVS level 2 lengths, Camunda's policy classes): at least 12 characters
 * with upper and lower case, a digit and a symbol, not the user's id, and none of the defaults that ship anywhere.
 */
final class PasswordRules {

	static final Set<String> DEFAULTS = Set.of("masar-demo", "demo", "admin", "password", "changeme", "change-me", "camunda",
			"secret", "123456");

	private PasswordRules() {
	}

	/** English reasons, empty when the password is acceptable. */
	public static List<String> problems(String userId, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isBlank()) {
			problems.add("no password given");
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (DEFAULTS.stream().anyMatch(lower::contains)) {
			problems.add("it is or contains a default password");
		}
		if (password.length() < 12) {
			problems.add("shorter than 12 characters");
		}
		if (password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)) {
			problems.add("needs upper and lower case letters");
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			problems.add("needs a digit");
		}
		if (password.chars().allMatch(Character::isLetterOrDigit)) {
			problems.add("needs a symbol");
		}
		if (userId != null && !userId.isBlank() && lower.contains(userId.toLowerCase(Locale.ROOT))) {
			problems.add("contains the user id");
		}
		return problems;
	}

}
