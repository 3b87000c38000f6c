/**
 * The edge of Masar's HTTP APIs: strict JSON, one error advice for {@code /api}, the engine REST API's answers to
 * users' mistakes, body size and rate limits on the public endpoints.
 */
@OwnsTables("idempotent_request")
package sa.org.hayaniyah.masar.api;

import sa.org.hayaniyah.masar.common.OwnsTables;
