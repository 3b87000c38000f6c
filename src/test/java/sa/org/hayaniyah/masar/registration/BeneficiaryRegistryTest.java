package sa.org.hayaniyah.masar.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * R6: one beneficiary file per national ID, whoever registers and however often; and only for a request the committee
 * approved with a numbered decision.
 */
@MasarIntegrationTest
class BeneficiaryRegistryTest extends DatabaseTestSupport {

	@Autowired
	BeneficiaryRegistry registry;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompleteBeneficiaryRegistrationDelegate delegate;

	@Test
	void aReturningFamilyKeepsItsFileNumber() {
		String nationalId = TestApplicants.nationalId('2');
		SupportRequest first = open(nationalId);
		decide(first, "APPROVED", "HY-D-T-" + first.id());
		String fileNumber = registry.register(first).fileNumber();
		supportRequests.close(first.id(), RequestStatus.SERVED, "SERVED");

		SupportRequest second = open(nationalId);
		decide(second, "APPROVED", "HY-D-T-" + second.id());
		assertThat(registry.register(second).fileNumber()).isEqualTo(fileNumber);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM beneficiary WHERE national_id = ?").param(nationalId).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesASecondFileForTheSameNationalId() {
		String nationalId = TestApplicants.nationalId();
		SupportRequest request = open(nationalId);
		decide(request, "APPROVED", "HY-D-T-" + request.id());
		registry.register(request);

		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id)
				VALUES ('HY-F-TEST', ?, 'x', 'x', ?, ?)""").params(nationalId, Timestamp.from(Instant.now()), request.id()).update())
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void noFileWithoutANumberedApproval() {
		String nationalId = TestApplicants.nationalId();
		SupportRequest request = open(nationalId);
		assertThatThrownBy(() -> registry.register(request)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("قرار اعتماد مرقّم");

		decide(request, "UNDECIDED", null);
		assertThatThrownBy(() -> registry.register(request)).as("a tie is no decision").isInstanceOf(BadUserRequestException.class);
		decide(request, "APPROVED", null);
		assertThatThrownBy(() -> registry.register(request)).as("an approval without its register number")
			.isInstanceOf(BadUserRequestException.class);
		assertThat(registry.registeredFor(request.id())).isEmpty();
		assertThat(registry.findByNationalId(nationalId)).isEmpty();

		decide(request, "APPROVED", "HY-D-T-" + request.id());
		assertThat(registry.register(request).nationalId()).isEqualTo(nationalId);
		assertThat(registry.registeredFor(request.id())).isPresent();
	}

	@Test
	void aLaterRejectionOrReturnWithdrawsTheApproval() {
		SupportRequest request = open(TestApplicants.nationalId());
		decide(request, "APPROVED", "HY-D-T-" + request.id());
		decide(request, "RETURNED", "HY-D-U-" + request.id());
		assertThatThrownBy(() -> registry.register(request)).isInstanceOf(BadUserRequestException.class);
	}

	/** The registration delegate, as the engine calls it, refuses a request the committee never approved. */
	@Test
	void theRegistrationStepRefusesWithoutApproval() {
		SupportRequest request = open(TestApplicants.nationalId());
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getVariable("supportRequestId")).thenReturn(request.id());

		assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BadUserRequestException.class);
		verify(execution, never()).setVariable(eq("fileNumber"), any());
	}

	/** A committee decision as the committee module records it (the test writes the row; the module owns the rule). */
	private void decide(SupportRequest request, String outcome, String number) {
		jdbc.sql("""
				INSERT INTO committee_decision (request_id, round, outcome, decided_by, reason, approve_votes, reject_votes,
				  return_votes, decided_at, decision_number)
				VALUES (?, 1, ?, 'COMMITTEE', 'سبب', 3, 0, 0, ?, ?)""")
			.params(request.id(), outcome, Timestamp.from(Instant.now()), number)
			.update();
	}

	private SupportRequest open(String nationalId) {
		return supportRequests.open(new NewSupportRequest(Channel.C1, nationalId, "عائشة محمد الحياني", "+966551234567",
				SupportType.CASH_ASSISTANCE, "reception1"), null);
	}

}
