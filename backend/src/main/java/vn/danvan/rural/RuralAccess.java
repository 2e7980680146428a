package vn.danvan.rural;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.unit.UnitScopeService;

/**
 * Who may do what to a commune's NTM record (README, "The rural programme: commune status"). Read by every role but the
 * portal whose scope holds the commune (a former commune's path follows its successor); assessments by the commune's
 * reporter, editor or admin and the province's (a token naming a residential area does not act for its commune); the
 * group by the province's editor or an admin whose scope holds the province.
 */
@RequestScoped
class RuralAccess {

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    void requireReader(String communePath) {
        if (!scope.reaches(communePath)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Xã này nằm ngoài đơn vị của bạn (this commune is outside your unit)");
        }
    }

    boolean canAssess(String communePath) {
        return scope.reaches(communePath) && caller.current().residentialAreaCode() == null
                && (has(Role.REPORTER) || has(Role.EDITOR) || has(Role.ADMIN));
    }

    void requireAssessor(String communePath) {
        requireReader(communePath);
        if (!canAssess(communePath)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Chỉ cán bộ của xã hoặc của tỉnh mới đánh giá được"
                    + " (only the commune's or the province's reporter, editor or admin assesses)");
        }
    }

    boolean canSetGroup(String communePath) {
        String province = provinceOf(communePath);
        return scope.reaches(communePath) && (has(Role.ADMIN) && scope.reaches(province)
                || has(Role.EDITOR) && scope.scopePath().equals(province));
    }

    void requireProvinceEditor(String communePath) {
        requireReader(communePath);
        if (!canSetGroup(communePath)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Chỉ cán bộ cấp tỉnh xếp nhóm xã (only the province's editor or admin sets a commune's group)");
        }
    }

    /** Recording a past paper decision: an admin whose scope holds the commune's province. */
    boolean canRecord(String communePath) {
        return has(Role.ADMIN) && scope.reaches(provinceOf(communePath));
    }

    void requireRecorder(String communePath) {
        requireReader(communePath);
        if (!canRecord(communePath)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Chỉ quản trị cấp tỉnh nhập quyết định giấy đã ban hành"
                    + " (only the province's admin records a past paper decision)");
        }
    }

    private boolean has(String role) {
        return caller.current().hasRole(role);
    }

    /** The province's path of a scope path: its first segment ({@code /32/3141/} → {@code /32/}). */
    static String provinceOf(String path) {
        int second = path.indexOf('/', 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }
}
