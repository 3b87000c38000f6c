/**
 * Inquiries and complaints through any channel (O3, R1, R3): registration, routing to reception or social research,
 * the answer deadline in working days with escalation to supervisors, the supervisor's review of complaints, and
 * the library of standard answers.
 */
@OwnsTables(value = { "inquiry", "standard_answer" }, views = { "inquiry_summary", "inquiry_on_file" })
package sa.org.hayaniyah.masar.inquiry;

import sa.org.hayaniyah.masar.common.OwnsTables;
