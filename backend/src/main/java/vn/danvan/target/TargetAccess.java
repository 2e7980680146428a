package vn.danvan.target;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.directive.DirectiveService;
import vn.danvan.unit.UnitScopeService;

/**
 * Who may do what to a target (README, "Targets"): read by the five roles of a person whose scope holds the target's
 * scope unit, lies under it (a commune reads its province's targets) or holds the directive's issuer; changed by the
 * editors and admins whose scope holds the directive's issuer — the directive's own editors.
 */
@RequestScoped
class TargetAccess {

    @Inject
    UnitScopeService scope;

    @Inject
    DirectiveService directives;

    @Inject
    Caller caller;

    /** {@code scopePath}: the target's scope unit's scope path (following an abolished unit's successors). */
    boolean canRead(Target target, String scopePath) {
        String mine = scope.scopePath();
        return scopePath != null && (scopePath.startsWith(mine) || mine.startsWith(scopePath))
                || directives.issuerInCallerScope(target.directiveId);
    }

    void requireReader(Target target, String scopePath) {
        if (!canRead(target, scopePath)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ tiêu này nằm ngoài phạm vi của bạn (this target is outside your unit)");
        }
    }

    boolean canChange(long directiveId) {
        return (caller.current().hasRole(Role.EDITOR) || caller.current().hasRole(Role.ADMIN))
                && directives.issuerInCallerScope(directiveId);
    }

    /** 404 for an unknown directive, 403 when the caller's scope does not hold its issuer. */
    void requireChanger(long directiveId) {
        if (!canChange(directiveId)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ người biên tập của cơ quan ban hành văn bản mới đặt chỉ tiêu (only the issuer's editors set its targets)");
        }
    }
}
