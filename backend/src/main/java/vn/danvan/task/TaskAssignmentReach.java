package vn.danvan.task;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.directive.DirectiveService;
import vn.danvan.unit.organization.AssignmentReach;

/**
 * The organizations a task can be given to are those within its directive's issuer's reach (as assigning it and naming
 * its lead require); the picker asks for them on behalf of someone who can see the task.
 */
@ApplicationScoped
public class TaskAssignmentReach implements AssignmentReach {

    @Inject
    TaskRepository tasks;

    @Inject
    DirectiveService directives;

    @Inject
    Caller caller;

    @Override
    @Transactional
    public Optional<String> ofTask(long taskId) {
        if (caller.current().integrationOnly()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Cổng thông tin không đọc nhiệm vụ (the portal does not read tasks)");
        }
        Optional<Task> task = tasks.findByIdOptional(taskId);
        if (task.isEmpty()) {
            return Optional.empty();
        }
        directives.visibleSummary(task.get().directiveId); // 403 for who cannot see the task
        return Optional.of(directives.issuerReach(task.get().directiveId));
    }
}
