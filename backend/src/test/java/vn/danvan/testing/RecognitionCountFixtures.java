package vn.danvan.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Recognition data for the count and public-list tests, written with plain SQL (the case workflow is another part's): a
 * fresh title with a published set of three criteria (C1 and C2 pass/fail, C2 key; C3 scored), cases in a state,
 * assessments, decisions, and changes to them. Every row goes through V23's triggers as the workflow's would.
 */
public final class RecognitionCountFixtures {

    private RecognitionCountFixtures() {
    }

    /** A title of An Giang's Front, its set (version 1) and the set's criteria C1, C2, C3 in order. */
    public record Title(long id, String code, String name, long setId, List<Long> criteria) {
    }

    public static Title title() {
        long issuer = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-MTTQ");
        String code = Fixtures.uniqueCode("DH");
        String name = "Khu dân cư thử đếm " + code;
        long titleId = insert(
                "INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id,"
                        + " deciding_level) VALUES (?, ?, 'RESIDENTIAL_AREA', ?, 'PROVINCE') RETURNING id",
                code, name, issuer);
        long setId = insert(
                "INSERT INTO criteria_set (title_id, version_no, name, effective_from, status, pass_rule,"
                        + " passing_score, posting_days, vote_threshold_percent, validity_years) VALUES (?, 1, ?, DATE"
                        + " '2021-01-01', 'PUBLISHED', 'SCORE', 80, 10, 70, 3) RETURNING id",
                titleId, "Bộ tiêu chí " + code);
        long group = insert("INSERT INTO criteria_group (set_id, code, name, position) VALUES (?, 'I', 'Nhóm I', 1)"
                + " RETURNING id", setId);
        List<Long> criteria = new ArrayList<>();
        criteria.add(insert("INSERT INTO criterion (set_id, group_id, code, name, kind, required, key_criterion,"
                + " position) VALUES (?, ?, 'C1', 'Đường làng ngõ xóm sạch đẹp', 'PASS_FAIL', true, false, 1)"
                + " RETURNING id", setId, group));
        criteria.add(insert("INSERT INTO criterion (set_id, group_id, code, name, kind, required, key_criterion,"
                + " position) VALUES (?, ?, 'C2', 'Không có tội phạm', 'PASS_FAIL', true, true, 2) RETURNING id", setId,
                group));
        criteria.add(insert("INSERT INTO criterion (set_id, group_id, code, name, kind, max_points, required,"
                + " key_criterion, position) VALUES (?, ?, 'C3', 'Hộ gia đình văn hóa', 'SCORED', 10, false, false, 3)"
                + " RETURNING id", setId, group));
        return new Title(titleId, code, name, setId, criteria);
    }

    /** A residential area of a commune, named {@code name}. */
    public static long area(long unitId, String name) {
        return insert("INSERT INTO residential_area (unit_id, code, name, kind) VALUES (?, ?, ?, 'URBAN_QUARTER')"
                + " RETURNING id", unitId, Fixtures.uniqueCode("KV"), name);
    }

    /** A case of an area of {@code unitId} under the title, in a year and a state. */
    public static long caseOf(Title title, long areaId, long unitId, int year, String state) {
        return insert(
                "INSERT INTO recognition_case (title_id, criteria_set_id, subject_kind, residential_area_id,"
                        + " unit_id, year, kind, state, registered_by, registered_at, updated_at) VALUES (?, ?,"
                        + " 'RESIDENTIAL_AREA', ?, ?, ?, 'INITIAL', ?, 'fixture', now(), now()) RETURNING id",
                title.id(), title.setId(), areaId, unitId, year, state);
    }

    /** A self-assessment (pass/fail, or a score when {@code passed} is null), not reviewed. */
    public static long assess(long caseId, long criterionId, Boolean passed, Integer score) {
        return insert(
                "INSERT INTO recognition_assessment (case_id, criterion_id, self_passed, self_score, assessed_by,"
                        + " assessed_at) VALUES (?, ?, ?, ?, 'fixture', now()) RETURNING id",
                caseId, criterionId, passed, score);
    }

    /** The commune's review of an assessment: AGREE, or CHANGE to {@code passed}. */
    public static void review(long assessmentId, String review, Boolean passed) {
        execute("UPDATE recognition_assessment SET review = ?, reviewed_passed = ?, review_reason = ?,"
                + " reviewed_by = 'fixture', reviewed_at = now(), version = version + 1 WHERE id = ?", review, passed,
                "CHANGE".equals(review) ? "Thẩm định lại" : null, assessmentId);
    }

    public static void state(long caseId, String state) {
        execute("UPDATE recognition_case SET state = ?, updated_at = now(), version = version + 1 WHERE id = ?", state,
                caseId);
    }

    public static void year(long caseId, int year) {
        execute("UPDATE recognition_case SET year = ?, updated_at = now(), version = version + 1 WHERE id = ?", year,
                caseId);
    }

    /** The decision of a recognized case. */
    public static long decide(long caseId, LocalDate signedOn, LocalDate validFrom, LocalDate validUntil) {
        return insert("INSERT INTO recognition_decision (case_id, title_id, residential_area_id, unit_id, number,"
                + " signed_on, signer, level, valid_from, valid_until, created_by, created_at) SELECT c.id, c.title_id,"
                + " c.residential_area_id, c.unit_id, ?, ?, 'Chủ tịch UBND tỉnh', 'PROVINCE', ?, ?, 'fixture', now()"
                + " FROM recognition_case c WHERE c.id = ? RETURNING id", Fixtures.uniqueCode("QĐ"),
                java.sql.Date.valueOf(signedOn), java.sql.Date.valueOf(validFrom),
                validUntil == null ? null : java.sql.Date.valueOf(validUntil), caseId);
    }

    public static void revoke(long decisionId) {
        execute("UPDATE recognition_decision SET revoked_on = CURRENT_DATE, revocation_number = ?,"
                + " revocation_reason = 'Vi phạm tiêu chí an ninh', revoked_by = 'fixture', version = version + 1"
                + " WHERE id = ?", Fixtures.uniqueCode("TH"), decisionId);
    }

    /** The title lost by a failed re-assessment. */
    public static void lose(long decisionId) {
        execute("UPDATE recognition_decision SET lost_on = CURRENT_DATE, version = version + 1 WHERE id = ?",
                decisionId);
    }

    public static void deleteCase(long caseId) {
        execute("DELETE FROM recognition_case WHERE id = ?", caseId);
    }

    private static long insert(String sql, Object... values) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql, values);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void execute(String sql, Object... values) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql, values)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        return s;
    }

    private static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }
}
