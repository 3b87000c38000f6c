/**
 * The family file (issue 19, O3): staff find a family fast and see its whole story in one place; reception answers
 * "where is my request?".
 * <p>
 * API (JSON, every code with its Arabic label; user mistakes are 4xx problems with {@code arabic} and
 * {@code violations}, never 500):
 * <ul>
 * <li>{@code GET /api/family-files/search?q=…&limit=…} (limit 1–50, default 20; q at most 100 characters): a list of
 * {@code {reference, fileNumber, name, nationalId, mobile, stage, stageLabel, score}}, one per family, best first.
 * {@code q} is a request reference ({@code HY-1447-000123}), an inquiry reference ({@code HY-Q-1447-000045}), a file
 * number ({@code HY-F-000123}), a national ID or Iqama, a mobile in any usual form ({@code 05…}, {@code 5…},
 * {@code +9665…}, {@code 009665…}, with spaces or dashes), or a name in any usual spelling; {@code reference} is the
 * family's latest request; national ID and mobile are masked for all but supervisors.</li>
 * <li>{@code GET /api/family-files/by-request/{reference}}: the file ({@link sa.org.hayaniyah.masar.family.FamilyFile}):
 * {@code view} (FULL or RECEPTION), the applicant, the household, every request with its stage, missing information,
 * two-week clock (R5), decision and file number, one timeline, and the case notes. 404 for an unknown reference and
 * for one the caller may not open.</li>
 * <li>{@code POST /api/family-files/by-request/{reference}/notes} {@code {"text": "…"}} (at most 2,000 characters):
 * 201 with the note {@code {id, reference, text, by, at}}; notes are never edited or deleted.</li>
 * <li>{@code POST /api/family-files/by-request/{reference}/changes} {@code {"field", "value", "reason"}}: a registered
 * family's data changed after registration; field {@code mobile}, {@code address} or {@code district} is corrected at
 * once everywhere (status APPLIED), {@code householdSize} (1–30) or {@code monthlyIncome} (0–1,000,000) waits for a
 * supervisor (AWAITING_SUPERVISOR), as does {@code householdMember} with {@code "action"} ADD, REMOVE or CORRECT,
 * {@code "memberId"} (the {@code id} of a member in the file's household; REMOVE, CORRECT) and {@code "member"}
 * {@code {name, relation, nationalId, age, monthlyIncome}} (ADD, CORRECT); 201 with {@code {id, field, fieldLabel,
 * value, reason, status, statusLabel, by, at, decidedBy, decidedAt, decisionNote, action, actionLabel, memberId,
 * member, eligibility, eligibilityLabel, eligibilityReason, reviewNeeded}}; 400 before registration.</li>
 * <li>{@code POST /api/family-files/changes/{id}/decision} {@code {"approve": true|false, "note"}}: supervisors and
 * administrators only; 200 with the change (APPROVED or REJECTED). Approved, a household or income change is written
 * back to the family's registered request through intake's API and the eligibility pre-check is run again on it
 * (ELIGIBLE, or NOT_ELIGIBLE / COMMITTEE_JUDGEMENT with {@code reviewNeeded}); kept with the change and in the
 * timeline.</li>
 * </ul>
 * Need to know: reception, social research, the committee, supervisors and administrators may search and open files;
 * analysts get 403. Reception and supervisors find any family; social research and the committee only families with a
 * request they may read. What each sees is decided by {@link sa.org.hayaniyah.masar.family.FamilyFiles}. Every opening,
 * every family a search shows and every note are written to the personal-data access audit.
 * <p>
 * Data: the notes and changes are this module's tables; everything else is read from the views the owners publish,
 * the engine's task history and verification's results. The name search uses {@code family_search_name} (V21), with a trigram GIN index on PostgreSQL.
 */
@OwnsTables({ "family_note", "family_change" })
package sa.org.hayaniyah.masar.family;

import sa.org.hayaniyah.masar.common.OwnsTables;
