package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Who may do what to a model (README, "Authorization"): it is read within the scope of its registering organization;
 * that organization's reporters and editors register it and report its results; the appraising body of the record's
 * level — the commune's people for a commune record, the province's for a province record or one proposed upward —
 * appraises (appraiser) and decides (editor); an admin whose scope holds the body does all of it.
 */
@ApplicationScoped
class ModelAccess {

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    @Inject
    OrganizationService organizations;

    /** The scope path of the model (its registering organization's). */
    String pathOf(MobilizationModel model) {
        return organizations.scopePathOf(model.organizationId);
    }

    void requireReader(MobilizationModel model) {
        if (!scope.reaches(pathOf(model))) {
            throw outOfScope();
        }
    }

    /** The registering organization's work: reporter, editor or admin whose scope holds it. */
    void requireOwnerWriter(MobilizationModel model) {
        requireReader(model);
        if (!has(Role.REPORTER) && !has(Role.EDITOR) && !has(Role.ADMIN)) {
            throw forbidden("Chỉ đơn vị đăng ký mô hình mới làm được (only the registering organization does this)");
        }
    }

    /** The appraising body's appraiser (or an admin reaching it). */
    void requireAppraiser(MobilizationModel model, ModelRound record) {
        requireBody(model, record, Role.APPRAISER,
                "Chỉ người thẩm định của cơ quan thẩm định mới làm được (only the appraising body's appraiser)");
    }

    /** The appraising body's editor (or an admin reaching it). */
    void requireBodyEditor(MobilizationModel model, ModelRound record) {
        requireBody(model, record, Role.EDITOR,
                "Chỉ cán bộ của cơ quan thẩm định mới quyết định được (only the appraising body's editor)");
    }

    /** The editor of the commune the model belongs to (or an admin reaching it). */
    void requireCommuneEditor(MobilizationModel model) {
        requireReader(model);
        boolean ok = has(Role.ADMIN) || has(Role.EDITOR) && scope.scopePath().equals(pathOf(model));
        if (!ok) {
            throw forbidden("Chỉ cán bộ của xã mới đề nghị lên tỉnh (only the commune's editor proposes upward)");
        }
    }

    /** The editors of either appraising body of the model (commune or province), for the showcase. */
    void requireAnyBodyEditor(MobilizationModel model) {
        requireReader(model);
        String mine = scope.scopePath();
        boolean ok = has(Role.ADMIN)
                || has(Role.EDITOR) && (mine.equals(pathOf(model)) || mine.equals(provinceOf(pathOf(model))));
        if (!ok) {
            throw forbidden("Chỉ cơ quan thẩm định mới công bố được (only the appraising body publishes)");
        }
    }

    /** An admin may record a paper decision outside a window; anyone else asking so is refused. */
    boolean afterTheFact(Boolean asked) {
        if (!Boolean.TRUE.equals(asked)) {
            return false;
        }
        if (!has(Role.ADMIN)) {
            throw ProblemException.outOfScope("afterTheFact",
                    "chỉ quản trị viên ghi nhận quyết định giấy sau thời hạn (only an admin records a paper decision after the fact)");
        }
        return true;
    }

    boolean has(String role) {
        return caller.current().hasRole(role);
    }

    private void requireBody(MobilizationModel model, ModelRound record, String role, String message) {
        requireReader(model);
        String body = bodyPath(model, record);
        boolean ok = has(Role.ADMIN) && scope.reaches(body) || has(role) && scope.scopePath().equals(body);
        if (!ok) {
            throw forbidden(message);
        }
    }

    /** The scope path of the body that appraises the record: its commune's, or its province's. */
    String bodyPath(MobilizationModel model, ModelRound record) {
        String path = pathOf(model);
        return record.level == ModelLevel.PROVINCE ? provinceOf(path) : path;
    }

    /** The province's path of a scope path: its first segment ({@code /32/3141/} → {@code /32/}). */
    static String provinceOf(String path) {
        int second = path.indexOf('/', 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }

    private static ProblemException forbidden(String message) {
        return new ProblemException(ProblemType.FORBIDDEN, message);
    }

    private static ProblemException outOfScope() {
        return new ProblemException(ProblemType.OUT_OF_SCOPE,
                "Mô hình này nằm ngoài đơn vị của bạn (this model is outside your unit)");
    }
}
