-- family (issue 19): a change of a registered family's household after registration names the member it adds, removes
-- or corrects, and once a supervisor approved it, the request the change was written back to and the eligibility
-- pre-check run again on the household it left (ELIGIBLE, NOT_ELIGIBLE or COMMITTEE_JUDGEMENT, with the reason)
ALTER TABLE family_change ADD COLUMN member_action VARCHAR(10);       -- ADD, REMOVE, CORRECT
ALTER TABLE family_change ADD COLUMN member_id BIGINT;                -- intake's household member (REMOVE, CORRECT)
ALTER TABLE family_change ADD COLUMN member_name VARCHAR(200);
ALTER TABLE family_change ADD COLUMN member_relation VARCHAR(20);
ALTER TABLE family_change ADD COLUMN member_national_id VARCHAR(10);
ALTER TABLE family_change ADD COLUMN member_age INT;
ALTER TABLE family_change ADD COLUMN member_income DECIMAL(12, 2);
ALTER TABLE family_change ADD COLUMN applied_request_id BIGINT;
ALTER TABLE family_change ADD COLUMN eligibility VARCHAR(30);
ALTER TABLE family_change ADD COLUMN eligibility_reason VARCHAR(300);
