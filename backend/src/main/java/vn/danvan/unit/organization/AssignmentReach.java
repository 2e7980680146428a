package vn.danvan.unit.organization;

import java.util.Optional;

import vn.danvan.common.ExtensionPoint;

/**
 * How far a task's work may be given, implemented by the task feature for the organization picker ({@code forTaskId}):
 * the same reach that assigning the task and naming its lead or coordinators require.
 */
@ExtensionPoint
public interface AssignmentReach {

    /**
     * The scope path prefix of the organizations the task can be assigned to (its issuer's reach), or empty when there
     * is no such task. Refuses (403) a caller who cannot see the task.
     */
    Optional<String> ofTask(long taskId);
}
