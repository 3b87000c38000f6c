/**
 * Messages to applicants and beneficiaries through an outbox, dispatched by SMS, e-mail and letter with retries;
 * official letters.
 */
@OwnsTables(value = "notification", views = { "message_sent", "message_on_request", "notification_state" })
package sa.org.hayaniyah.masar.notification;

import sa.org.hayaniyah.masar.common.OwnsTables;
