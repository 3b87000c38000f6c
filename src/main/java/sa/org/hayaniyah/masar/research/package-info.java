/**
 * Social research of a request, one report per research round (a committee may return a case for more research).
 */
@OwnsTables(value = "social_research", views = "research_on_request")
package sa.org.hayaniyah.masar.research;

import sa.org.hayaniyah.masar.common.OwnsTables;
