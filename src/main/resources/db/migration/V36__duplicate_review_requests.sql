-- The duplicate review (issue 20) also holds requests not yet registered (from reception and online submissions), and a
-- merge moves the family's inquiries, outreach follow-ups, notes and changes too.

-- registerimport: both families' national IDs on each pair, so a verdict holds for the families whatever key they have
-- later (a pending request that becomes a file is the same family), and "different people" is never raised again
ALTER TABLE family_duplicate ADD COLUMN national_id VARCHAR(10);
ALTER TABLE family_duplicate ADD COLUMN other_national_id VARCHAR(10);
CREATE INDEX family_duplicate_national_ids ON family_duplicate (national_id, other_national_id);

-- registerimport: a request not yet registered merged into a file has no file of its own
ALTER TABLE family_merge ALTER COLUMN merged_beneficiary_id DROP NOT NULL;

-- registerimport: every row another module moved for a merge (inquiries, follow-ups, notes, changes), by kind, for the
-- undo; requests and deliveries keep their lists in family_merge
CREATE TABLE family_merge_row (
    merge_id  BIGINT       NOT NULL REFERENCES family_merge (id),
    moved     VARCHAR(30)  NOT NULL,
    row_id    BIGINT       NOT NULL,
    PRIMARY KEY (merge_id, moved, row_id)
);

-- registerimport: families a supervisor decided are different people; verification's duplicate check skips them
CREATE VIEW different_families AS
SELECT national_id, other_national_id
FROM family_duplicate
WHERE status = 'DIFFERENT' AND national_id IS NOT NULL AND other_national_id IS NOT NULL;

-- intake: the request an online submission was flagged against when it came in (same national ID, another open request)
CREATE OR REPLACE VIEW request_summary AS
SELECT id, reference_number, channel, support_type, status, national_id, open_national_id, submitted_at,
       committee_deadline, id_expiry_date, possible_duplicate_of
FROM support_request;
