/**
 * Beneficiary files (R6): one per national ID, opened for a request with a numbered committee approval.
 */
@OwnsTables(value = "beneficiary", views = { "beneficiary_file", "beneficiary_merged" })
package sa.org.hayaniyah.masar.registration;

import sa.org.hayaniyah.masar.common.OwnsTables;
