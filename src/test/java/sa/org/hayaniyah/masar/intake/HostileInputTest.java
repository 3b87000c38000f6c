package sa.org.hayaniyah.masar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * SQL-injection strings typed as a name are data like any other: stored verbatim, harmless to the tables.
 */
@MasarIntegrationTest
class HostileInputTest extends DatabaseTestSupport {

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "Robert'); DROP TABLE support_request;--", "x' OR '1'='1", "محمد\"; DELETE FROM beneficiary; --",
			"<img src=x onerror=alert(1)>" })
	void aHostileNameIsStoredVerbatimAndHarmless(String name) {
		long before = jdbc.sql("SELECT COUNT(*) FROM support_request").query(Long.class).single();

		SupportRequest opened = supportRequests.open(new NewSupportRequest(Channel.C2, TestApplicants.nationalId(), name,
				"+966551230000", SupportType.FOOD_BASKET, "reception1"), null);

		assertThat(supportRequests.get(opened.id()).applicantName()).isEqualTo(name);
		assertThat(supportRequests.findByReference(opened.referenceNumber())).isPresent();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM support_request").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM support_request WHERE applicant_name = ?").param(name).query(Long.class).single())
			.isEqualTo(1);
	}

}
