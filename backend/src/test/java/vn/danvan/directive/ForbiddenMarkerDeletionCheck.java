package vn.danvan.directive;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A deletion rule for tests of the mechanism: directives whose subject carries the marker cannot be removed. The real
 * rule (a directive with tasks) is registered by the tasks feature.
 */
@ApplicationScoped
public class ForbiddenMarkerDeletionCheck implements DirectiveDeletionCheck {

    static final String MARKER = "[không được xóa]";

    @Inject
    DirectiveRepository directives;

    @Override
    public Optional<String> refusal(long directiveId) {
        return directives.findByIdOptional(directiveId).filter(d -> d.subject.contains(MARKER))
                .map(d -> "Văn bản có nhiệm vụ, chỉ có thể hết hiệu lực hoặc bị thay thế (it has tasks)");
    }
}
