package sa.org.hayaniyah.masar.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.SequenceGenerator;
import sa.org.hayaniyah.masar.intake.SupportRequest;

/**
 * Beneficiary files (R6). A national ID has one file: a returning family keeps its file number, and the
 * unique constraint on national_id makes a second file impossible.
 */
@Service
public class BeneficiaryRegistry {

	public record Beneficiary(long id, String fileNumber, String nationalId) {
	}

	private final JdbcClient jdbc;

	private final SequenceGenerator sequences;

	private final Clock clock;

	BeneficiaryRegistry(JdbcClient jdbc, SequenceGenerator sequences, Clock clock) {
		this.jdbc = jdbc;
		this.sequences = sequences;
		this.clock = clock;
	}

	@Transactional
	public Beneficiary register(SupportRequest request) {
		Optional<Beneficiary> existing = findByNationalId(request.nationalId());
		if (existing.isPresent()) {
			return existing.get();
		}
		String fileNumber = String.format(Locale.ROOT, "HY-F-%06d", sequences.next("beneficiary-file", 0));
		// one open request per national ID means no second registration can race this one; the unique
		// constraint on national_id is the last guard
		jdbc.sql("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id, first_name,
				  father_name, grandfather_name, family_name, normalized_name, date_of_birth, nationality, city, district, address)
				SELECT ?, national_id, applicant_name, mobile, ?, id, first_name, father_name, grandfather_name, family_name,
				  normalized_name, date_of_birth, nationality, city, district, address
				FROM support_request WHERE id = ?""")
			.params(fileNumber, Timestamp.from(clock.instant()), request.id())
			.update();
		return findByNationalId(request.nationalId()).orElseThrow();
	}

	public Optional<Beneficiary> findByNationalId(String nationalId) {
		return jdbc.sql("SELECT id, file_number, national_id FROM beneficiary WHERE national_id = ?")
			.param(nationalId)
			.query((rs, i) -> new Beneficiary(rs.getLong("id"), rs.getString("file_number"), rs.getString("national_id")))
			.optional();
	}

}
