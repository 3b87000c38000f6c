/**
 * The compliance pack: for a period, clause by clause figures of how the Beneficiary Relations Policy was kept, as
 * JSON, CSV and a PDF on the letterhead, with aggregates and decision numbers only, so the board and the regulator
 * can be given it.
 */
package sa.org.hayaniyah.masar.reporting;
