/**
 * Reaching registered families without them having to ask (G1, O4, O1): a scheduled run finds expiring IDs, support
 * due for renewal, families not contacted for a long time and approved services not delivered, and creates each
 * follow-up once: a message, a field visit by a social researcher, or a renewal request from the data on file.
 */
@OwnsTables(value = "outreach_follow_up", views = "follow_up_summary")
package sa.org.hayaniyah.masar.outreach;

import sa.org.hayaniyah.masar.common.OwnsTables;
