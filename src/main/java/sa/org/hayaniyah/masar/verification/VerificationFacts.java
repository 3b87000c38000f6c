package sa.org.hayaniyah.masar.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * What verification needs to know beyond the form: other requests and beneficiaries, and the analysts' tables.
 */
interface VerificationFacts {

	/** The reference of another open request for this national ID. */
	Optional<String> otherOpenRequest(String nationalId);

	List<RequiredDocument> requiredDocuments(SupportType supportType);

	/** Other requests or beneficiary files that look like the same person (not the same national ID). */
	List<String> possibleDuplicates(String nationalId, String normalisedName, LocalDate dateOfBirth, String mobile);

}
