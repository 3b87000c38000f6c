-- The uploaded file itself, kept in the database so every application node sees it (PostgreSQL type).
ALTER TABLE submitted_document ADD COLUMN content BYTEA;
