-- The family search (issue 19) on H2: the same folding as PostgreSQL's family_search_name, by the Java that defines
-- it; H2 has no trigram index and searches with LIKE alone.
CREATE ALIAS family_search_name DETERMINISTIC FOR 'sa.org.hayaniyah.masar.family.FamilyNames.searchName';
