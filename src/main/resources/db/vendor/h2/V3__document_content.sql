-- The uploaded file itself, kept in the database so every application node sees it (H2 type).
ALTER TABLE submitted_document ADD COLUMN content BLOB;
