/**
 * Support requests through any channel (C1–C8): the applicant, household and consent as declared, the request's
 * reference, status and committee deadline.
 */
@OwnsTables(value = { "support_request", "household_member" },
		views = { "request_summary", "applicant_on_request", "household_on_request", "request_progress",
			"applicant_search" })
package sa.org.hayaniyah.masar.intake;

import sa.org.hayaniyah.masar.common.OwnsTables;
