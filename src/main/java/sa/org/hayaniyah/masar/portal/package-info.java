/**
 * The website channel (C7, issue 23): a beneficiary portal in Arabic under {@code /portal/} (static pages, no CDN)
 * with its JSON API under {@code /api/portal/**}: apply with documents and a declaration confirmed by a one-time code
 * to the mobile (only then does {@code beneficiary-journey} start), track a request after a code to the mobile on file,
 * supply missing documents, and change the mobile or address. Inquiries use the online inquiry API; surveys their own
 * page. CSRF token, rate limits, hashed expiring codes with few attempts, uploads judged by their bytes and never
 * served back, a strict Content-Security-Policy on the pages.
 */
@OwnsTables({ "portal_code", "portal_upload" })
package sa.org.hayaniyah.masar.portal;

import sa.org.hayaniyah.masar.common.OwnsTables;
