/**
 * Verification of the applicant's data (R2, R4): checks per attempt, submitted documents and the signed declaration.
 */
@OwnsTables(value = { "verification_result", "applicant_declaration", "submitted_document" },
		views = { "verification_check", "document_on_request" })
package sa.org.hayaniyah.masar.verification;

import sa.org.hayaniyah.masar.common.OwnsTables;
