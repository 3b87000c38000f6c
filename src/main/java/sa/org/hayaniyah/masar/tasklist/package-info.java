/**
 * Tasklist: the shared filters, task cards, and the engine's task queries made fast at scale (issue 22).
 */
@OwnsTables("task_group_count")
package sa.org.hayaniyah.masar.tasklist;

import sa.org.hayaniyah.masar.common.OwnsTables;
