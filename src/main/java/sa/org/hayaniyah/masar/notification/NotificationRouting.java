package sa.org.hayaniyah.masar.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * Which channel reaches the applicant: their own choice when we have the data for it; a request that came by letter
 * (C4) is answered by letter; otherwise the configured fallback order. A letter can always be issued.
 */
final class NotificationRouting {

	record Route(String channel, String recipient) {
	}

	private NotificationRouting() {
	}

	static Route route(String preferred, String requestChannel, String applicantName, String mobile, String email,
			List<String> fallbackOrder) {
		List<String> order = new ArrayList<>();
		if (preferred != null) {
			order.add(preferred);
		}
		if ("C4".equals(requestChannel)) {
			order.add("LETTER");
		}
		order.addAll(fallbackOrder);
		order.add("LETTER");
		for (String channel : order) {
			String recipient = switch (channel) {
				case "SMS" -> blankToNull(mobile);
				case "EMAIL" -> blankToNull(email);
				case "LETTER" -> applicantName == null ? "-" : applicantName;
				default -> null;
			};
			if (recipient != null) {
				return new Route(channel, recipient);
			}
		}
		throw new IllegalStateException("unreachable: a letter can always be issued");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
