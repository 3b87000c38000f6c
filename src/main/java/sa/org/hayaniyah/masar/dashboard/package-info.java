/**
 * What supervisors watch (issue 24; G1, O5, O7, O8, R5): bottlenecks, the two-week promise and satisfaction, as one
 * authenticated API ({@code GET /api/dashboard}, supervisors and administrators) that Cockpit's plugins draw as charts
 * and other tools can read, and as operations metrics (Micrometer gauges behind {@code /actuator/prometheus}).
 * <p>
 * Figures come from the engine's history and runtime tables (read-only SQL over {@code ACT_HI_PROCINST},
 * {@code ACT_HI_ACTINST}, {@code ACT_RU_TASK}, with the engine's own indexes; the engine's Java API would load every
 * activity instance of a period to compute one percentile) and from the views and Java APIs the owning modules
 * publish. The module owns no table. Every code is sent with its Arabic label ({@code labels}).
 */
package sa.org.hayaniyah.masar.dashboard;
