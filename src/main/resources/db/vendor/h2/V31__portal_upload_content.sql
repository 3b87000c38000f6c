-- The uploaded bytes of a portal document (H2 type).
ALTER TABLE portal_upload ADD COLUMN content BLOB;
