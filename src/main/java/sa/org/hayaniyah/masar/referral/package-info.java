/**
 * Why applicants needed the procedure explained (R3, O8): reason codes supervisors maintain, one recorded with every
 * referral to a social research officer, and the report of recurring reasons that tells the association which guides
 * and forms to fix.
 */
@OwnsTables(value = { "referral", "referral_reason" }, views = "referral_by_reason")
package sa.org.hayaniyah.masar.referral;

import sa.org.hayaniyah.masar.common.OwnsTables;
