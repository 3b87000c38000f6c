-- An online request never holds the one-open-request-per-national-ID slot (a stranger could block the person at
-- reception with it); when another request for the same national ID is open it is flagged for reception to resolve.
ALTER TABLE support_request ADD COLUMN possible_duplicate_of VARCHAR(20);
