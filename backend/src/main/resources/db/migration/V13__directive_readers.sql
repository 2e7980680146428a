-- Organizations that read a directive because they were given its work (a task's lead or coordinating
-- organization, or an organization assigned one of its tasks), besides its issuer and recipients.
-- Written by the directive feature when the task and assignment features tell it (DirectiveService.addReaders).
CREATE TABLE directive_reader (
    directive_id    bigint NOT NULL REFERENCES directive (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES organization (id),
    PRIMARY KEY (directive_id, organization_id)
);
CREATE INDEX directive_reader_organization ON directive_reader (organization_id, directive_id);

INSERT INTO directive_reader (directive_id, organization_id)
SELECT t.directive_id, t.lead_organization_id FROM task t
UNION SELECT t.directive_id, c.organization_id FROM task_coordinator c JOIN task t ON t.id = c.task_id
UNION SELECT t.directive_id, a.organization_id FROM task_assignment a JOIN task t ON t.id = a.task_id;
