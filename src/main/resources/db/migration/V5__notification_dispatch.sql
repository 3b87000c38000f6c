-- The outbox is dispatched with retries and exponential backoff; failures stay visible with their reason.
ALTER TABLE notification ADD COLUMN subject VARCHAR(200);
ALTER TABLE notification ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE notification ADD COLUMN sent_at TIMESTAMP;
ALTER TABLE notification ADD COLUMN last_error VARCHAR(500);
CREATE INDEX notification_due ON notification (status, next_attempt_at);
-- the request's reference on the message itself, so the dispatcher locks notification rows only
ALTER TABLE notification ADD COLUMN reference_number VARCHAR(20);
