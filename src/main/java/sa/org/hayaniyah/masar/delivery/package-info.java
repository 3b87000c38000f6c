/**
 * Services delivered to registered beneficiaries (R7): what, when and by whom.
 */
@OwnsTables(value = "service_delivery", views = { "delivery_summary", "delivery_on_request" })
package sa.org.hayaniyah.masar.delivery;

import sa.org.hayaniyah.masar.common.OwnsTables;
