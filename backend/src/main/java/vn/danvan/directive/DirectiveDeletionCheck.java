package vn.danvan.directive;

import java.util.Optional;

import vn.danvan.common.ExtensionPoint;

/**
 * A rule that can forbid removing a directive, implemented by the features that hang records on directives: a directive
 * with tasks can only be expired or replaced, never removed.
 */
@ExtensionPoint
public interface DirectiveDeletionCheck {

    /** Why the directive cannot be removed, or empty when this rule allows it. */
    Optional<String> refusal(long directiveId);
}
