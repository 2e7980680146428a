package vn.danvan.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * NTM titles for the rural programme's tests, written with plain SQL: each call makes a fresh title whose code starts
 * with XA-NTM (so the programme counts it), of communes, decided by the province, with one published set of level
 * STANDARD in force from 2015 with no end: ten pass/fail criteria coded 1–10, criteria 3 and 7 key, criterion 1 with
 * two indicators (1.1, 1.2), criterion 2 with variants for groups 1–3, and the revocation rule 30 % with a key one / 50
 * %.
 */
public final class RuralFixtures {

    /** A fixture NTM title and its set: criterion and indicator ids by code. */
    public record NtmTitle(long id, String code, long setId, Map<String, Long> criteria) {
        public long criterion(String code) {
            return criteria.get(code);
        }
    }

    private RuralFixtures() {
    }

    public static NtmTitle ntmTitle() {
        return ntmTitle("STANDARD", "30", "50");
    }

    public static NtmTitle ntmTitle(String level, String keyPercent, String allPercent) {
        String code = Fixtures.uniqueCode("XA-NTM-T");
        try (Connection db = dataSource().getConnection()) {
            long titleId = insert(db,
                    "INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id,"
                            + " deciding_level) VALUES (?, ?, 'COMMUNE', ?, 'PROVINCE') RETURNING id",
                    code, "Xã nông thôn mới (thử) " + code, Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV"));
            long setId = insert(db,
                    "INSERT INTO criteria_set (title_id, version_no, name, level, effective_from, status,"
                            + " pass_rule, revoke_key_fail_percent, revoke_fail_percent, published_at, published_by)"
                            + " VALUES (?, 1, ?, ?, ?, 'PUBLISHED', 'ALL_REQUIRED', ?, ?, now(), 'fixture') RETURNING id",
                    titleId, "Bộ tiêu chí " + code, level, Date.valueOf(LocalDate.of(2015, 1, 1)),
                    keyPercent == null ? null : new BigDecimal(keyPercent),
                    allPercent == null ? null : new BigDecimal(allPercent));
            Map<String, Long> criteria = new LinkedHashMap<>();
            for (int i = 1; i <= 10; i++) {
                String k = String.valueOf(i);
                criteria.put(k,
                        insert(db,
                                "INSERT INTO criterion (set_id, code, name, kind, required, key_criterion,"
                                        + " position) VALUES (?, ?, ?, 'PASS_FAIL', true, ?, ?) RETURNING id",
                                setId, k, "Tiêu chí " + k, i == 3 || i == 7, i));
            }
            for (int i = 1; i <= 2; i++) {
                String k = "1." + i;
                criteria.put(k,
                        insert(db,
                                "INSERT INTO criterion (set_id, parent_id, code, name, kind, required,"
                                        + " position) VALUES (?, ?, ?, ?, 'PASS_FAIL', true, ?) RETURNING id",
                                setId, criteria.get("1"), k, "Chỉ tiêu " + k, i));
            }
            for (int g = 1; g <= 3; g++) {
                try (PreparedStatement s = db.prepareStatement("INSERT INTO criterion_variant (criterion_id,"
                        + " commune_group, threshold, note) VALUES (?, ?, ?, ?)")) {
                    s.setLong(1, criteria.get("2"));
                    s.setInt(2, g);
                    s.setBigDecimal(3, BigDecimal.valueOf(100 - g * 10L));
                    s.setString(4, "Mức nhóm " + g);
                    s.executeUpdate();
                }
            }
            return new NtmTitle(titleId, code, setId, Map.copyOf(criteria));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a fixture set back to DRAFT (as a pilot set not yet published). */
    public static void draft(long setId) {
        try (Connection db = dataSource().getConnection();
                PreparedStatement s = db.prepareStatement("UPDATE criteria_set SET status = 'DRAFT' WHERE id = ?")) {
            s.setLong(1, setId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of a commune's assessment of a criterion in a year (0 when none). */
    public static long assessmentVersion(long unitId, int year, long criterionId) {
        try (Connection db = dataSource().getConnection(); PreparedStatement s = db.prepareStatement(
                "SELECT version FROM rural_assessment WHERE unit_id = ? AND year = ? AND criterion_id = ?")) {
            s.setLong(1, unitId);
            s.setInt(2, year);
            s.setLong(3, criterionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of a commune's group for a period (0 when none). */
    public static long groupVersion(long unitId, int periodFrom) {
        try (Connection db = dataSource().getConnection(); PreparedStatement s = db
                .prepareStatement("SELECT version FROM rural_commune_group WHERE unit_id = ? AND period_from = ?")) {
            s.setLong(1, unitId);
            s.setInt(2, periodFrom);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a commune's group row for a period. */
    public static long groupId(long unitId, int periodFrom) {
        try (Connection db = dataSource().getConnection(); PreparedStatement s = db
                .prepareStatement("SELECT id FROM rural_commune_group WHERE unit_id = ? AND period_from = ?")) {
            s.setLong(1, unitId);
            s.setInt(2, periodFrom);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A former unit (ended by the 2025 reform) by its old code. */
    public static long formerUnitIdOf(String code) {
        try (Connection db = dataSource().getConnection(); PreparedStatement s = db.prepareStatement(
                "SELECT unit_id FROM unit_scope WHERE code = ? AND valid_to IS NOT NULL ORDER BY unit_id LIMIT 1")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
