/**
 * The two-week committee deadline (R5): its breaches, kept for reporting, and the apology to the applicant.
 */
@OwnsTables(value = "sla_breach", views = "sla_breach_summary")
package sa.org.hayaniyah.masar.sla;

import sa.org.hayaniyah.masar.common.OwnsTables;
