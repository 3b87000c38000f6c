-- The family search (issue 19): a name typed in any usual spelling finds the family fast. family_search_name folds a
-- name exactly as family.FamilyNames does in Java (one alef, haa for taa marbuta, yaa for alef maqsura, no tashkeel,
-- tatweel or invisible characters, "عبد ال…" joined, single spaces, lower case). The folded name is kept in a column
-- the database computes on every write (folding it again for each row a search reads cost 250 ms at 100,000
-- families), with a trigram GIN index that serves the search's LIKE and word-similarity conditions; intake publishes
-- it in the view applicant_search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION family_search_name(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT regexp_replace(
         btrim(regexp_replace(
           translate(lower(regexp_replace(name,
             '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u064B-\u065F\u0670\u0640]', '', 'g')),
             'أإآٱةى', 'ااااهي'),
           '\s+', ' ', 'g')),
         '(^| )عبد (ال)', '\1عبد\2', 'g')
$$;

ALTER TABLE support_request ADD COLUMN search_name VARCHAR(200) GENERATED ALWAYS AS (family_search_name(applicant_name)) STORED;
-- without the pending list of fast updates, which every search would read until vacuum merged it (30 ms after a bulk
-- load); a request is written a few times in its life, a search runs many times a day
CREATE INDEX support_request_search_name ON support_request USING gin (search_name gin_trgm_ops) WITH (fastupdate = off);

-- intake: the applicant's name as the family search compares it
CREATE VIEW applicant_search AS
SELECT id, national_id, applicant_name, search_name
FROM support_request;
