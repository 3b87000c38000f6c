-- Nothing sent twice (issue 21): a start or completion sent with an Idempotency-Key is recorded here in the same
-- transaction as its effect, with the answer it got, so a retry gets the same answer instead of a second request.
-- caller is the employee's user id, or '' for the public's anonymous calls (the key alone).
CREATE TABLE idempotent_request (
    caller          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,   -- SHA-256 of method, path and body: the same key for another request is refused
    created_at      TIMESTAMP    NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(255),
    location        VARCHAR(2000),
    body            BYTEA,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
