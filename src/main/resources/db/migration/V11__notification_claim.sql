-- Exactly once as far as a gateway allows (issue 21): a message is claimed (status SENDING) in its own committed
-- transaction before it is sent, so after a crash the row says which node was sending it and since when.
ALTER TABLE notification ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE notification ADD COLUMN claimed_at TIMESTAMP;
