-- The family search (issue 19): a name typed in any usual spelling finds the family fast. family_search_name folds a
-- name exactly as family.FamilyNames does in Java (one alef, haa for taa marbuta, yaa for alef maqsura, no tashkeel,
-- tatweel or invisible characters, "عبد ال…" joined, single spaces, lower case); a trigram GIN index on it serves the
-- search's LIKE and word-similarity conditions on the published view applicant_on_request.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION family_search_name(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT regexp_replace(
         btrim(regexp_replace(
           translate(lower(regexp_replace(name,
             '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u064B-\u065F\u0670\u0640]', '', 'g')),
             'أإآٱةى', 'اااايه'),
           '\s+', ' ', 'g')),
         '(^| )عبد (ال)', '\1عبد\2', 'g')
$$;

CREATE INDEX support_request_search_name ON support_request USING gin (family_search_name(applicant_name) gin_trgm_ops);
