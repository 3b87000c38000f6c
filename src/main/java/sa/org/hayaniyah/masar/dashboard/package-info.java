/**
 * What supervisors watch (issue 24; G1, O5, O7, O8, R5): bottlenecks, the two-week promise and satisfaction, as one
 * authenticated API ({@code GET /api/dashboard}, supervisors and administrators) that Cockpit's plugins draw as charts
 * and other tools can read, and as operations metrics (Micrometer gauges behind {@code /actuator/prometheus}).
 * <p>
 * Open work comes from the engine's runtime and history tables (read-only SQL over {@code ACT_RU_TASK} and
 * {@code ACT_HI_PROCINST}) and from the views and Java APIs the owning modules publish. A period's time per stage,
 * decisions within the deadline and requests per channel are kept as the journey moves ({@link
 * sa.org.hayaniyah.masar.dashboard.KeptFigures}): grouping the engine's activity history or a year's requests on every
 * call took seconds at 100,000 requests. Every code is sent with its Arabic label ({@code labels}).
 */
@OwnsTables({ "dashboard_stage_time", "dashboard_decision_day", "dashboard_channel_day", "dashboard_fill_pending" })
package sa.org.hayaniyah.masar.dashboard;

import sa.org.hayaniyah.masar.common.OwnsTables;
