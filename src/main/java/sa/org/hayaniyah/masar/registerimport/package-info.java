/**
 * The register kept before Masar, imported (issue 20): families, household members, national IDs with their expiry,
 * contacts and the last support, from CSV or XLSX with Arabic headers; a dry run checks every row with the intake
 * rules (R2) and reports in Arabic; the import is idempotent (the file's SHA-256), resumable (a checkpoint committed
 * with each batch of families), audited, and for supervisors and administrators only.
 * <p>
 * API: {@code GET /api/register-imports/template.xlsx|template.csv}; {@code POST /api/register-imports/dry-run?name=}
 * and {@code POST /api/register-imports?name=} with the file's bytes as the body (at most
 * {@code masar.register-import.max-file-size}); {@code GET /api/register-imports} (every import: who, file, when,
 * rows) and {@code GET /api/register-imports/{id}} (progress, then the rows not simply accepted);
 * {@code GET /api/register-imports/duplicates} (files, and requests not yet registered, side by side),
 * {@code POST /api/register-imports/duplicates/{id}/different}, {@code POST …/duplicates/{id}/merge},
 * {@code GET /api/register-imports/merges}, {@code POST …/merges/{id}/undo}.
 * <p>
 * Data: this module's tables only; the families are written through intake's {@code ImportedRequests}, registration's
 * {@code ImportedFiles} and delivery's {@code ServiceDeliveries.insertImported}, and matched against the views
 * {@code beneficiary_file}, {@code request_summary} and {@code applicant_on_request}; a merge moves rows through their
 * owners ({@code RequestsOfFamily}, {@code ServiceDeliveries}, {@code InquiriesOfFamily}, {@code FollowUpsOfFamily},
 * {@code FamilyHistoryOfFile}). Published: {@code different_families}, the families decided to be different people,
 * which verification's duplicate check skips.
 */
@OwnsTables(value = { "register_import", "register_import_row", "family_duplicate", "family_merge", "family_merge_row" },
		views = "different_families")
package sa.org.hayaniyah.masar.registerimport;

import sa.org.hayaniyah.masar.common.OwnsTables;
