package sa.org.hayaniyah.masar.privacy;

import java.time.Instant;

/**
 * @param closedRecords requests, inquiries and their surveys closed before this are anonymised
 * @param beneficiaryFiles a beneficiary file last served before this is anonymised
 */
public record RetentionCutoffs(Instant closedRecords, Instant beneficiaryFiles) {

}
