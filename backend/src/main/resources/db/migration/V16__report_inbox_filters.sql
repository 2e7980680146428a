-- The review inbox looks back (issue 11): reviewers list accepted and returned reports too, newest
-- or oldest submission first, as they list the submitted ones through report_slot_inbox (V11).
CREATE INDEX report_slot_reviewed ON report_slot (submitted_at, id) WHERE status IN ('ACCEPTED', 'RETURNED');
