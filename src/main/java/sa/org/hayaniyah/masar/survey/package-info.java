/**
 * Satisfaction surveys, the beneficiary's right to evaluate the service (O5, O6, O8): invitation, reminder and
 * closing without an answer, answers online or recorded by staff, service recovery for low scores and complaints,
 * and figures per service, channel and month that never rank employees.
 */
@OwnsTables(value = { "survey", "service_recovery" }, views = "survey_on_request")
package sa.org.hayaniyah.masar.survey;

import sa.org.hayaniyah.masar.common.OwnsTables;
