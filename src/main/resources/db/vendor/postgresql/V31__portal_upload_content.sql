-- The uploaded bytes of a portal document (PostgreSQL type).
ALTER TABLE portal_upload ADD COLUMN content BYTEA;
