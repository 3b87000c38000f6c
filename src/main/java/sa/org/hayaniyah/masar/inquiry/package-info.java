/**
 * Inquiries and complaints through any channel (O3, R1, R3): registration, routing to reception or social research,
 * the answer deadline in working days with escalation to supervisors, the supervisor's review of complaints, and
 * the library of standard answers.
 */
package sa.org.hayaniyah.masar.inquiry;
