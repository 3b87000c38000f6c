-- Supervisors' figures kept as the journey moves (issue 24), owned by dashboard: the board reads these small indexed
-- tables instead of grouping the engine's activity history (600,000 rows a year) and the requests and decisions of a
-- period on every call. Written in the transaction that makes the change (the engine's history events, the intake's
-- and committee's events); dashboard.KeptFigures fills them once from what existed before this version.

-- one row per request and stage: the time spent in the stage (every round of it) and when it was last left
CREATE TABLE dashboard_stage_time (
    process_instance_id VARCHAR(64) NOT NULL,
    stage               VARCHAR(30) NOT NULL,
    ended_at            TIMESTAMP   NOT NULL,
    spent_ms            BIGINT      NOT NULL,
    PRIMARY KEY (process_instance_id, stage)
);
-- a short period's rows, read from the index alone
CREATE INDEX dashboard_stage_time_period ON dashboard_stage_time (ended_at, stage, spent_ms);
-- a long period's rows already in the order of their stage, so the percentiles need no sort of the whole year first
CREATE INDEX dashboard_stage_time_stage ON dashboard_stage_time (stage, ended_at, spent_ms);

-- final committee decisions (approved or rejected) per day, and those within the request's two weeks (R5)
CREATE TABLE dashboard_decision_day (
    on_day          DATE    NOT NULL PRIMARY KEY,
    decided         INTEGER NOT NULL,
    within_deadline INTEGER NOT NULL
);

-- requests submitted per day and channel
CREATE TABLE dashboard_channel_day (
    on_day   DATE        NOT NULL,
    channel  VARCHAR(10) NOT NULL,
    requests INTEGER     NOT NULL,
    PRIMARY KEY (on_day, channel)
);

-- present until the kept figures have been filled from the history before this version: the first node to start
-- deletes it and fills them in the same transaction, a second node waits for that and finds nothing to do
CREATE TABLE dashboard_fill_pending (
    name VARCHAR(30) NOT NULL PRIMARY KEY
);
INSERT INTO dashboard_fill_pending (name) VALUES ('KEPT_FIGURES');

-- The live figures (open requests near or past their deadline, overdue inquiries), read through the owners' views
-- on every board and every scrape, scanned the whole register at 100,000 requests; these indexes of the owners'
-- tables let them read the few open rows.
CREATE INDEX support_request_open_deadline ON support_request (status, committee_deadline);
CREATE INDEX committee_decision_request ON committee_decision (request_id);
CREATE INDEX inquiry_unanswered_due ON inquiry (answered_at, closed_at, due_at);
