-- portal (issue 23): the public website's one-time codes and what waits for one.

-- A one-time code sent by SMS: what it confirms (an application, a tracking request, a change of contact details),
-- for whom, and the code only as an HMAC. An application's form waits here (payload) until its code is typed; a
-- confirmed tracking code opens a short session, also kept only as a hash. Rows are deleted once expired.
CREATE TABLE portal_code (
    id                VARCHAR(40)    PRIMARY KEY,  -- random; the page holds it
    purpose           VARCHAR(10)    NOT NULL,     -- APPLY, TRACK
    portal_reference  VARCHAR(20)    NOT NULL,     -- HY-P-…, the outbox's reference for the SMS
    national_id       VARCHAR(10)    NOT NULL,
    reference_number  VARCHAR(20),                 -- the request tracked
    mobile            VARCHAR(20),                 -- null when nothing was sent (a wrong reference or ID)
    code_hash         VARCHAR(64)    NOT NULL,
    payload           VARCHAR(30000),              -- the application as typed (JSON), until confirmed
    attempts          INT            NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    expires_at        TIMESTAMP      NOT NULL,
    confirmed_at      TIMESTAMP,
    session_hash      VARCHAR(64),
    session_expires_at TIMESTAMP
);
CREATE INDEX portal_code_national_id ON portal_code (national_id);
CREATE INDEX portal_code_session ON portal_code (session_hash);

-- A document uploaded with an application, kept until the code confirms it (then handed to verification's
-- submitted_document) or the code expires. Stored under a random id; the name the person's device gave is not kept.
CREATE TABLE portal_upload (
    id             VARCHAR(40)   PRIMARY KEY,
    code_id        VARCHAR(40)   NOT NULL,
    document_type  VARCHAR(30)   NOT NULL,
    content_type   VARCHAR(30)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX portal_upload_code ON portal_upload (code_id);
