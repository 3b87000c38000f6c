-- Supervisors in Cockpit (issue 24). notification: the outbox's state without the messages, for the operations
-- metrics (backlog, failed and uncertain messages); declared in notification's @OwnsTables.
CREATE VIEW notification_state AS
SELECT status, created_at
FROM notification;
