-- The family search (issue 19) on H2: the same folded name as on PostgreSQL, computed by the Java that defines the
-- folding (family.FamilyNames); H2 has no trigram index and searches with LIKE alone.
CREATE ALIAS family_search_name DETERMINISTIC FOR 'sa.org.hayaniyah.masar.family.FamilyNames.searchName';

ALTER TABLE support_request ADD COLUMN search_name VARCHAR(200) GENERATED ALWAYS AS (family_search_name(applicant_name));

-- intake: the applicant's name as the family search compares it
CREATE VIEW applicant_search AS
SELECT id, national_id, applicant_name, search_name
FROM support_request;
