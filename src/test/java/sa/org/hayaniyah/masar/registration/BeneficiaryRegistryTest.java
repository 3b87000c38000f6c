package sa.org.hayaniyah.masar.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.intake.Channel;
import sa.org.hayaniyah.masar.intake.NewSupportRequest;
import sa.org.hayaniyah.masar.intake.RequestStatus;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * R6: one beneficiary file per national ID, whoever registers and however often.
 */
@MasarIntegrationTest
class BeneficiaryRegistryTest extends DatabaseTestSupport {

	@Autowired
	BeneficiaryRegistry registry;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReturningFamilyKeepsItsFileNumber() {
		String nationalId = TestApplicants.nationalId('2');
		SupportRequest first = open(nationalId);
		String fileNumber = registry.register(first).fileNumber();
		supportRequests.close(first.id(), RequestStatus.SERVED, "SERVED");

		SupportRequest second = open(nationalId);
		assertThat(registry.register(second).fileNumber()).isEqualTo(fileNumber);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM beneficiary WHERE national_id = ?").param(nationalId).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesASecondFileForTheSameNationalId() {
		String nationalId = TestApplicants.nationalId();
		SupportRequest request = open(nationalId);
		registry.register(request);

		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id)
				VALUES ('HY-F-TEST', ?, 'x', 'x', ?, ?)""").params(nationalId, Timestamp.from(Instant.now()), request.id()).update())
			.isInstanceOf(DuplicateKeyException.class);
	}

	private SupportRequest open(String nationalId) {
		return supportRequests.open(new NewSupportRequest(Channel.C1, nationalId, "عائشة محمد الحياني", "+966551234567",
				SupportType.CASH_ASSISTANCE, "reception1"), null);
	}

}
