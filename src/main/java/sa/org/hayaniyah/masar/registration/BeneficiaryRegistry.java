package sa.org.hayaniyah.masar.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.committee.CommitteeRecords;
import sa.org.hayaniyah.masar.common.SequenceGenerator;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.intake.SupportRequests;

/**
 * Beneficiary files (R6). A national ID has one file: a returning family keeps its file number, and the
 * unique constraint on national_id makes a second file impossible. Only a request with a numbered committee approval
 * is registered, whichever way the case reached this step (start instructions and modification included).
 */
@Service
public class BeneficiaryRegistry {

	public record Beneficiary(long id, String fileNumber, String nationalId) {
	}

	/** The file numbers' sequence; {@link ImportedFiles} moves it past the numbers of the register kept before. */
	static final String FILE_SEQUENCE = "beneficiary-file";

	private final JdbcClient jdbc;

	private final SequenceGenerator sequences;

	private final Clock clock;

	private final CommitteeRecords committee;

	private final SupportRequests supportRequests;

	BeneficiaryRegistry(JdbcClient jdbc, SequenceGenerator sequences, Clock clock, CommitteeRecords committee,
			SupportRequests supportRequests) {
		this.jdbc = jdbc;
		this.sequences = sequences;
		this.clock = clock;
		this.committee = committee;
		this.supportRequests = supportRequests;
	}

	/**
	 * Gives the approved applicant a file (or keeps theirs). Refuses a request without a numbered approval: the normal
	 * path never gets here without one, so a refusal means the case was moved past the committee; the command is
	 * rolled back, and the administrator who moved it gets 400 (or, were this step ever run by a job, an incident).
	 */
	@Transactional
	public Beneficiary register(SupportRequest request) {
		if (committee.approvedDecisionNumber(request.id()).isEmpty()) {
			throw new BadUserRequestException("لا يُسجَّل مستفيد دون قرار اعتماد مرقّم من اللجنة لهذا الطلب / request "
					+ request.id() + " has no numbered committee approval: no beneficiary file");
		}
		Optional<Beneficiary> existing = findByNationalId(request.nationalId());
		if (existing.isPresent()) {
			return existing.get();
		}
		String fileNumber = String.format(Locale.ROOT, "HY-F-%06d", sequences.next(FILE_SEQUENCE, 0));
		// one open request per national ID means no second registration can race this one; the unique
		// constraint on national_id is the last guard
		jdbc.sql("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id, first_name,
				  father_name, grandfather_name, family_name, normalized_name, date_of_birth, nationality, city, district, address)
				SELECT ?, national_id, applicant_name, mobile, ?, id, first_name, father_name, grandfather_name, family_name,
				  normalized_name, date_of_birth, nationality, city, district, address
				FROM applicant_on_request WHERE id = ?""")
			.params(fileNumber, Timestamp.from(clock.instant()), request.id())
			.update();
		return findByNationalId(request.nationalId()).orElseThrow();
	}

	/** The file of an approved request's applicant; empty while the request has no numbered approval. */
	public Optional<Beneficiary> registeredFor(long requestId) {
		if (committee.approvedDecisionNumber(requestId).isEmpty()) {
			return Optional.empty();
		}
		return findByNationalId(supportRequests.get(requestId).nationalId());
	}

	public Optional<Beneficiary> findByNationalId(String nationalId) {
		return jdbc.sql("SELECT id, file_number, national_id FROM beneficiary WHERE national_id = ?")
			.param(nationalId)
			.query((rs, i) -> new Beneficiary(rs.getLong("id"), rs.getString("file_number"), rs.getString("national_id")))
			.optional();
	}

}
