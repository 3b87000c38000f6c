/**
 * Labels, not codes: the Arabic words staff and supervisors see for the codes stored in variables and reports
 * (CASH_ASSISTANCE, C1, APPROVED, SAUDI ...), taken from the forms staff fill in, so a label is written once.
 */
package sa.org.hayaniyah.masar.labels;
