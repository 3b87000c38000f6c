-- PDPL retention with no way back (issue 26): an anonymised request is cut from the beneficiary file and the
-- deliveries that still name the family, and the file itself is anonymised once its own retention period passed.
ALTER TABLE beneficiary ALTER COLUMN first_request_id DROP NOT NULL;
ALTER TABLE beneficiary ADD COLUMN anonymised_at TIMESTAMP;
ALTER TABLE service_delivery ALTER COLUMN beneficiary_id DROP NOT NULL;
