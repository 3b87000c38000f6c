package sa.org.hayaniyah.masar.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param group the Camunda group whose members vote
 * @param quorum the least number of votes for a decision
 * @param majority the share of the votes cast that an option must exceed (0.5 = simple majority)
 */
@ConfigurationProperties("masar.committee")
record CommitteeProperties(String group, int quorum, double majority) {

	public CommitteeProperties {
		if (group == null || group.isBlank()) {
			throw new IllegalArgumentException("masar.committee.group is required");
		}
		if (quorum < 1) {
			throw new IllegalArgumentException("masar.committee.quorum must be at least 1");
		}
		if (majority < 0.5 || majority >= 1) {
			throw new IllegalArgumentException("masar.committee.majority must be between 0.5 and 1 (exclusive)");
		}
	}

}
