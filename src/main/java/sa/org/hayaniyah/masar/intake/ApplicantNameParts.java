package sa.org.hayaniyah.masar.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits the full name taken at the door into the form's parts (first, father, grandfather, family), so reception
 * corrects rather than retypes. "عبد ال…" compounds stay one name.
 */
final class ApplicantNameParts {

	private ApplicantNameParts() {
	}

	static Map<String, String> split(String fullName) {
		Map<String, String> parts = new LinkedHashMap<>();
		if (fullName == null || fullName.isBlank()) {
			return parts;
		}
		String[] words = fullName.strip().replaceAll("\\s+", " ").replaceAll("(^| )عبد (ال)", "$1عبد$2").split(" ");
		parts.put("firstName", words[0]);
		if (words.length >= 3) {
			parts.put("fatherName", words[1]);
		}
		if (words.length >= 4) {
			parts.put("grandfatherName", String.join(" ", Arrays.copyOfRange(words, 2, words.length - 1)));
		}
		if (words.length >= 2) {
			parts.put("familyName", words[words.length - 1]);
		}
		return parts;
	}

}
