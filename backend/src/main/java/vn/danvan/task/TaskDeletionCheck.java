package vn.danvan.task;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.directive.DirectiveDeletionCheck;

/** A directive with tasks can only be expired or replaced, never removed. */
@ApplicationScoped
public class TaskDeletionCheck implements DirectiveDeletionCheck {

    @Inject
    TaskRepository tasks;

    @Override
    public Optional<String> refusal(long directiveId) {
        return tasks.anyOf(directiveId) ? Optional.of(
                "Văn bản đã có nhiệm vụ: chỉ có thể chuyển hết hiệu lực hoặc bị thay thế (a directive with tasks can only be expired or replaced)")
                : Optional.empty();
    }
}
