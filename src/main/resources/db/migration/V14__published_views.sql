-- Each module owns its tables (issue 25): another module reads only what the owner publishes here, a view of the
-- owner's own tables with the columns others need, so a new column (personal data above all) stays the owner's until
-- the owner adds it to a view. Owners and views are declared by @OwnsTables on each module's package-info;
-- ModuleTablesTest fails when a module's SQL names another module's table or a view here reads another's table.
-- PostgreSQL refuses to change the type of a column a view reads: such a migration drops and recreates the view.

-- intake: the request as other modules refer to it, without the applicant's personal data
CREATE VIEW request_summary AS
SELECT id, reference_number, channel, support_type, status, national_id, open_national_id, submitted_at,
       committee_deadline, id_expiry_date
FROM support_request;

-- intake: the applicant's data as declared, for verification (R2, R4) and the beneficiary file (R6)
CREATE VIEW applicant_on_request AS
SELECT id, reference_number, national_id, applicant_name, first_name, father_name, grandfather_name, family_name,
       normalized_name, date_of_birth, id_expiry_date, nationality, mobile, city, district, address, support_type, iban,
       household_size, monthly_income
FROM support_request;

-- intake: the household as declared with the request
CREATE VIEW household_on_request AS
SELECT request_id, member_name, relation, national_id, age, monthly_income
FROM household_member;

-- registration: the beneficiary file (R6)
CREATE VIEW beneficiary_file AS
SELECT id, file_number, national_id, full_name, mobile, normalized_name, date_of_birth, city, district, address,
       registered_at, anonymised_at
FROM beneficiary;

-- delivery: when services were delivered, without what or how much
CREATE VIEW delivery_summary AS
SELECT request_id, beneficiary_id, delivered_on, recorded_at
FROM service_delivery;

-- notification: when a message about a request was sent
CREATE VIEW message_sent AS
SELECT request_id, sent_at
FROM notification
WHERE sent_at IS NOT NULL;

-- inquiry: inquiries and complaints by date, without the question or the person's details
CREATE VIEW inquiry_summary AS
SELECT national_id, kind, received_at, due_at, answered_at, escalated_at, reviewed_at
FROM inquiry;

-- committee: decisions and the votes of each round (R5, A1)
CREATE VIEW committee_outcome AS
SELECT id, request_id, round, decision_number, outcome, decided_by, decided_at, recused
FROM committee_decision;

CREATE VIEW committee_cast_vote AS
SELECT request_id, round, member, vote
FROM committee_vote;

-- verification: each check of each attempt by outcome
CREATE VIEW verification_check AS
SELECT request_id, attempt, outcome
FROM verification_result;

-- referral: referrals with their reason's label (R3, O8)
CREATE VIEW referral_by_reason AS
SELECT f.reason_code, r.label, f.referred_at
FROM referral f JOIN referral_reason r ON r.code = f.reason_code;

-- sla: missed committee deadlines and apologies (R5)
CREATE VIEW sla_breach_summary AS
SELECT recorded_at, apology_sent_at
FROM sla_breach;

-- outreach: follow-ups by reason and state (G1, O4)
CREATE VIEW follow_up_summary AS
SELECT beneficiary_id, reason, status, found_at, completed_at
FROM outreach_follow_up;
