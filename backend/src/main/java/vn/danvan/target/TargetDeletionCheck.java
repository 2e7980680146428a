package vn.danvan.target;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.directive.DirectiveDeletionCheck;

/** A directive with targets is not removed with them: its targets are removed first, each on purpose. */
@ApplicationScoped
public class TargetDeletionCheck implements DirectiveDeletionCheck {

    @Inject
    TargetRepository targets;

    @Override
    public Optional<String> refusal(long directiveId) {
        return targets.anyOf(directiveId) ? Optional.of(
                "Văn bản đã có chỉ tiêu: hãy xóa các chỉ tiêu trước (a directive with targets: remove its targets first)")
                : Optional.empty();
    }
}
