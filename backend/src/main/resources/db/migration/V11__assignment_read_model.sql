-- The read model of tasks at the size of a province (100,000 assignments, 1,000,000 report slots).
--
-- 1. Recurring and continuous work is overdue while one of its period reports is missing. Which
--    reports are missing today is kept on the assignment: the earliest due day among its reports
--    still open or returned (NULL: none), refreshed by the triggers below on every change of a slot,
--    however it is made (the API, the daily job, bulk loads). Questions about past days still read
--    the slots themselves.
ALTER TABLE task_assignment ADD COLUMN report_missing_due date;

CREATE FUNCTION dv_refresh_report_missing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE task_assignment a
       SET report_missing_due = (SELECT min(r.due_date) FROM report_slot r
                                  WHERE r.assignment_id = a.id AND r.status IN ('OPEN', 'RETURNED'))
     WHERE a.id IN (SELECT DISTINCT c.assignment_id FROM changed c);
    RETURN NULL;
END $$;

CREATE TRIGGER report_slot_missing_insert AFTER INSERT ON report_slot
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dv_refresh_report_missing();
CREATE TRIGGER report_slot_missing_update AFTER UPDATE ON report_slot
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dv_refresh_report_missing();
CREATE TRIGGER report_slot_missing_delete AFTER DELETE ON report_slot
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION dv_refresh_report_missing();

UPDATE task_assignment a SET report_missing_due = m.due
  FROM (SELECT assignment_id, min(due_date) AS due FROM report_slot
         WHERE status IN ('OPEN', 'RETURNED') GROUP BY assignment_id) m
 WHERE m.assignment_id = a.id;

-- 2. The review inbox reads submitted reports oldest first.
CREATE INDEX report_slot_inbox ON report_slot (submitted_at, id) WHERE status = 'SUBMITTED';
