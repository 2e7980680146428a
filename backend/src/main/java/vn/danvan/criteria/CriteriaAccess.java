package vn.danvan.criteria;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Who may do what to a title and its sets (README, "Criteria sets"). A title reaches what its issuer's people reach:
 * the whole country for a body of the central level, the province for a province's. It is read by every account whose
 * scope holds that reach or lies under it (a commune reads its province's titles and the national ones), and changed,
 * with its sets, by an admin whose scope holds it: a national title by an admin of the central level only.
 */
@RequestScoped
public class CriteriaAccess {

    @Inject
    UnitScopeService scope;

    @Inject
    OrganizationService organizations;

    @Inject
    Caller caller;

    private final Map<Long, String> reaches = new HashMap<>();

    /** What the people of the title's issuer reach: {@code /} for a body of the central level. */
    public String reachOf(RecognitionTitle title) {
        return reaches.computeIfAbsent(title.issuerOrganizationId, organizations::reachOf);
    }

    /** The scope path audit events of the title and its sets are filed under (its issuer's). */
    public String auditPathOf(RecognitionTitle title) {
        return organizations.scopePathOf(title.issuerOrganizationId);
    }

    public boolean canRead(RecognitionTitle title) {
        String reach = reachOf(title);
        String mine = scope.scopePath();
        return reach.startsWith(mine) || mine.startsWith(reach);
    }

    public boolean canChange(RecognitionTitle title) {
        return caller.current().hasRole(Role.ADMIN) && scope.reaches(reachOf(title));
    }

    public void requireReader(RecognitionTitle title) {
        if (!canRead(title)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Danh hiệu này nằm ngoài phạm vi của bạn (this title is outside your unit)");
        }
    }

    public void requireChanger(RecognitionTitle title) {
        requireReader(title);
        if (!canChange(title)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE, "/".equals(reachOf(title))
                    ? "Chỉ quản trị viên cấp Trung ương sửa được danh hiệu toàn quốc (only an admin of the central level changes a national title)"
                    : "Chỉ quản trị viên của tỉnh ban hành sửa được (only an admin of the issuing province changes it)");
        }
    }
}
