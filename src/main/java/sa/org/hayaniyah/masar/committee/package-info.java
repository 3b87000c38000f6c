/**
 * The committee (R5): votes with quorum and majority, recusals for a conflict of interest, numbered decisions and the
 * minutes of each sitting.
 */
@OwnsTables(value = { "committee_decision", "committee_vote", "committee_recusal", "committee_sitting" },
		views = { "committee_outcome", "committee_cast_vote" })
package sa.org.hayaniyah.masar.committee;

import sa.org.hayaniyah.masar.common.OwnsTables;
