package vn.danvan.recognition;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.criteria.DecidingLevel;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * Who may do what to a recognition case (README, "Residential-area recognition"). A case is read within the scope of
 * its area's commune; a token that names a residential area ({@code residential_area_code}) reaches that area's cases
 * only. The area's reporter, or a reporter, editor or admin whose scope holds the commune, registers and self-assesses;
 * the commune's editor (or an admin reaching it) reviews, posts, records the council and withdraws; the deciding level
 * of the title — the commune or its province — appraises (appraiser), decides, refuses and revokes (editor), an admin
 * whose scope holds that level doing all of it.
 */
@RequestScoped
class RecognitionAccess {

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    @Inject
    RecognitionCaseRepository cases;

    @Inject
    ResidentialAreaService areas;

    private Optional<Long> ownArea;

    /** The scope path of the case: its area's commune's. */
    String pathOf(RecognitionCase c) {
        return c.residentialAreaId != null ? cases.areaPath(c.residentialAreaId).orElseThrow()
                : cases.unitPath(c.unitId).orElseThrow();
    }

    /** The area the caller's token names, if any ({@code -1} when it names an area that does not exist). */
    Optional<Long> ownArea() {
        if (ownArea == null) {
            String code = caller.current().residentialAreaCode();
            ownArea = code == null ? Optional.empty()
                    : Optional.of(areas.byCode(code).map(ResidentialAreaDto::id).orElse(-1L));
        }
        return ownArea;
    }

    void requireReader(RecognitionCase c) {
        if (!scope.reaches(pathOf(c)) || ownArea().filter(a -> !a.equals(c.residentialAreaId)).isPresent()) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Hồ sơ này nằm ngoài đơn vị hoặc khu dân cư của bạn (this case is outside your unit or area)");
        }
    }

    /** Registering a case of an area: the area's own reporter, or a writer whose scope holds its commune. */
    void requireRegistrar(long areaId, String areaPath) {
        if (!scope.reaches(areaPath) || ownArea().filter(a -> a != areaId).isPresent()) {
            throw ProblemException.outOfScope("residentialAreaId",
                    "khu dân cư nằm ngoài phạm vi của bạn (the area is outside your unit or area)");
        }
    }

    /**
     * Registering a case of a commune (a COMMUNE-subject title): a writer whose scope holds the commune; a token that
     * names a residential area does not act for its commune.
     */
    void requireCommuneRegistrar(String communePath) {
        if (!scope.reaches(communePath) || ownArea().isPresent()) {
            throw ProblemException.outOfScope("unitId",
                    "xã nằm ngoài phạm vi của bạn (the commune is outside your unit)");
        }
    }

    /** Recording a past paper decision: an admin whose scope holds the commune's province. */
    void requireRecorder(String communePath) {
        if (!scope.reaches(communePath)) {
            throw ProblemException.outOfScope("unitId",
                    "xã nằm ngoài phạm vi của bạn (the commune is outside your unit)");
        }
        if (!has(Role.ADMIN) || !scope.reaches(provinceOf(communePath))) {
            throw forbidden("Chỉ quản trị cấp tỉnh nhập quyết định giấy đã ban hành (only the province's admin records"
                    + " a past paper decision)");
        }
    }

    /** The self-assessment: whoever registers (reporter, editor, admin) within reach of the case. */
    void requireAssessor(RecognitionCase c) {
        requireReader(c);
        if (!has(Role.REPORTER) && !has(Role.EDITOR) && !has(Role.ADMIN)) {
            throw forbidden("Chỉ khu dân cư hoặc cán bộ của xã mới tự đánh giá được (only the area or its commune)");
        }
    }

    /** The commune's own editor (or an admin reaching it): review, posting, council, withdrawal. */
    void requireCommuneEditor(RecognitionCase c) {
        requireReader(c);
        boolean ok = has(Role.ADMIN) || has(Role.EDITOR) && scope.scopePath().equals(pathOf(c));
        if (!ok) {
            throw forbidden("Chỉ cán bộ của xã mới làm được (only the commune's editor does this)");
        }
    }

    /** The deciding level's holder of {@code role} (appraiser or editor), or an admin whose scope holds that level. */
    void requireDecidingBody(RecognitionCase c, DecidingLevel level, String role) {
        requireReader(c);
        String body = bodyPath(c, level);
        boolean ok = has(Role.ADMIN) && scope.reaches(body) || has(role) && scope.scopePath().equals(body);
        if (!ok) {
            throw forbidden(level == DecidingLevel.PROVINCE
                    ? "Chỉ cơ quan cấp tỉnh quyết định danh hiệu này (only the province decides this title)"
                    : "Chỉ cơ quan cấp xã quyết định danh hiệu này (only the commune decides this title)");
        }
    }

    /** The scope path of the level that decides: the case's commune, or its province. */
    String bodyPath(RecognitionCase c, DecidingLevel level) {
        String path = pathOf(c);
        return level == DecidingLevel.PROVINCE ? provinceOf(path) : path;
    }

    boolean has(String role) {
        return caller.current().hasRole(role);
    }

    /** The province's path of a scope path: its first segment ({@code /32/3141/} → {@code /32/}). */
    static String provinceOf(String path) {
        int second = path.indexOf('/', 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }

    private static ProblemException forbidden(String message) {
        return new ProblemException(ProblemType.FORBIDDEN, message);
    }
}
