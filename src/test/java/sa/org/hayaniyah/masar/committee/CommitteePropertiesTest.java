package sa.org.hayaniyah.masar.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitteePropertiesTest {

	@Test
	void acceptsTheApplicationDefaults() {
		CommitteeProperties properties = new CommitteeProperties("research-committee", 2, 0.5);

		assertThat(properties.group()).isEqualTo("research-committee");
		assertThat(properties.quorum()).isEqualTo(2);
		assertThat(properties.majority()).isEqualTo(0.5);
	}

	@ParameterizedTest
	@CsvSource({ "1, 0.5", "5, 0.66", "3, 0.99" })
	void acceptsAnyQuorumFromOneAndMajorityFromHalfToBelowOne(int quorum, double majority) {
		assertThat(new CommitteeProperties("research-committee", quorum, majority).quorum()).isEqualTo(quorum);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t" })
	void requiresAGroup(String group) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CommitteeProperties(group, 2, 0.5))
			.withMessageContaining("masar.committee.group");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void requiresAQuorumOfAtLeastOne(int quorum) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CommitteeProperties("research-committee", quorum, 0.5))
			.withMessageContaining("masar.committee.quorum");
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.49, 0, -0.5, 1.0, 1.5 })
	void requiresAMajorityFromHalfToBelowOne(double majority) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CommitteeProperties("research-committee", 2, majority))
			.withMessageContaining("masar.committee.majority");
	}

}
