package vn.danvan.testing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Data for the targets' tests, written with plain SQL so that they depend on no other part's demo: the NTM titles
 * (found by their fixed codes, made when missing), commune decisions of a title in force over given days, and a former
 * province of its own, abolished on 30/06/2025 and succeeded by An Giang, whose tree as it was is counted.
 */
public final class TargetFixtures {

    public static final String NTM = "XA-NTM";
    public static final String ADVANCED = "XA-NTM-NANG-CAO";
    public static final String MODEL = "XA-NTM-KIEU-MAU";
    public static final String MODERN = "XA-NTM-HIEN-DAI";
    private static final Map<String, String> LEVELS = Map.of(NTM, "STANDARD", ADVANCED, "ADVANCED", MODEL, "MODEL",
            MODERN, "MODERN");
    private static final Map<String, long[]> TITLES = new HashMap<>();
    /** The cases and decisions made here, removed after each test ({@link #removeDecisions()}). */
    private static final List<long[]> MADE = new java.util.ArrayList<>();

    /**
     * A former province F, ended 30/06/2025, succeeded by An Giang: district D1 with xã c1, c2 and thị trấn t1;
     * district D2 with xã c3 (merged away: ended 31/12/2023), xã c4 (new from 01/01/2024) and phường w1.
     */
    public record FormerProvince(long id, String path, long d1, long d2, long c1, long c2, long c3, long c4, long w1,
            long t1) {
    }

    private TargetFixtures() {
    }

    public static FormerProvince formerProvince() {
        String tag = Fixtures.uniqueCode("CU");
        long f = unit("Tỉnh Cũ " + tag, "PROVINCE", "PROVINCE", null, null, LocalDate.of(2025, 6, 30),
                Fixtures.unitIdOf(Tokens.PROVINCE));
        long d1 = unit("Huyện Một " + tag, "RURAL_DISTRICT", "DISTRICT", f, null, LocalDate.of(2025, 6, 30), null);
        long d2 = unit("Thị xã Hai " + tag, "DISTRICT_TOWN", "DISTRICT", f, null, LocalDate.of(2025, 6, 30), null);
        long c1 = unit("Xã An Bình " + tag, "COMMUNE", "COMMUNE", d1, null, LocalDate.of(2025, 6, 30), null);
        long c2 = unit("Xã Bình Hòa " + tag, "COMMUNE", "COMMUNE", d1, null, LocalDate.of(2025, 6, 30), null);
        long t1 = unit("Thị trấn Chợ " + tag, "TOWNSHIP", "COMMUNE", d1, null, LocalDate.of(2025, 6, 30), null);
        long c3 = unit("Xã Cũ Nhập " + tag, "COMMUNE", "COMMUNE", d2, null, LocalDate.of(2023, 12, 31), null);
        long c4 = unit("Xã Đông Mới " + tag, "COMMUNE", "COMMUNE", d2, LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 6, 30), null);
        long w1 = unit("Phường Giữa " + tag, "WARD", "COMMUNE", d2, null, LocalDate.of(2025, 6, 30), null);
        return new FormerProvince(f, "/" + f + "/", d1, d2, c1, c2, c3, c4, w1, t1);
    }

    /** A commune's decision of an NTM title in force from {@code from}, until {@code until} (open when null). */
    public static long decision(long unitId, String titleCode, LocalDate from, LocalDate until) {
        long[] title = title(titleCode);
        long caseId = insert("INSERT INTO recognition_case (title_id, criteria_set_id, subject_kind, unit_id, year,"
                + " kind, state, registered_by, registered_at, updated_at) VALUES (?, ?, 'COMMUNE', ?, ?, 'INITIAL',"
                + " 'RECOGNIZED', 'fixture', now(), now()) RETURNING id", title[0], title[1], unitId, from.getYear());
        long decisionId = insert(
                "INSERT INTO recognition_decision (case_id, title_id, unit_id, number, signed_on, signer, level,"
                        + " valid_from, valid_until, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'Chủ tịch UBND tỉnh',"
                        + " 'PROVINCE', ?, ?, 'fixture', now()) RETURNING id",
                caseId, title[0], unitId, Fixtures.uniqueCode("QĐ"), Date.valueOf(from), Date.valueOf(from),
                until == null ? null : Date.valueOf(until));
        synchronized (MADE) {
            MADE.add(new long[] { decisionId, caseId });
        }
        return decisionId;
    }

    /**
     * Removes the commune cases and decisions made here: other features' lists (recognition cases of residential areas)
     * must not meet them in the shared test database.
     */
    public static void removeDecisions() {
        synchronized (MADE) {
            for (long[] made : MADE) {
                execute("DELETE FROM recognition_decision WHERE id = ?", made[0]);
                execute("DELETE FROM recognition_case WHERE id = ?", made[1]);
            }
            MADE.clear();
        }
    }

    /** The decision revoked (thu hồi) on a day. */
    public static void revoke(long decisionId, LocalDate on) {
        execute("UPDATE recognition_decision SET revoked_on = ?, revocation_number = ?, revocation_reason ="
                + " 'Không duy trì tiêu chí', revoked_by = 'fixture', version = version + 1 WHERE id = ?",
                Date.valueOf(on), Fixtures.uniqueCode("TH"), decisionId);
    }

    /** The NTM title of a code and a set of its level: {id, setId}, found or made once. */
    public static synchronized long[] title(String code) {
        return TITLES.computeIfAbsent(code, c -> {
            Long id = single("SELECT id FROM recognition_title WHERE code = ?", c);
            if (id == null) {
                id = insert(
                        "INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id,"
                                + " deciding_level) VALUES (?, ?, 'COMMUNE', ?, 'PROVINCE') RETURNING id",
                        c, "Xã nông thôn mới (thử) " + c, Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV"));
            }
            Long set = single("SELECT id FROM criteria_set WHERE title_id = ? ORDER BY id LIMIT 1", id);
            if (set == null) {
                set = insert("INSERT INTO criteria_set (title_id, version_no, name, level, effective_from, status,"
                        + " pass_rule) VALUES (?, 1, ?, ?, DATE '2021-01-01', 'PUBLISHED', 'ALL_REQUIRED') RETURNING id",
                        id, "Bộ tiêu chí (thử) " + c, LEVELS.get(c));
            }
            return new long[] { id, set };
        });
    }

    /**
     * The units of an own path's subtree (not the unit itself) of some kinds in force on a day, and how many of them
     * hold one of the title codes that day — counted straight from the tables, as the test's own reading of the rule.
     */
    public static long[] countDirectly(String unitPath, List<String> kinds, List<String> codes, LocalDate day) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM recognition_decision d"
                                + " JOIN recognition_title t ON t.id = d.title_id WHERE d.unit_id = a.id"
                                + " AND d.residential_area_id IS NULL AND t.code = ANY (?) AND d.valid_from <= ?"
                                + " AND coalesce(d.valid_until, DATE 'infinity') >= ?"
                                + " AND coalesce(LEAST(d.revoked_on, d.lost_on), DATE 'infinity') > ?))"
                                + " FROM administrative_unit a WHERE starts_with(a.path, ?) AND a.path <> ?"
                                + " AND a.kind = ANY (?) AND coalesce(a.valid_from, DATE '-infinity') <= ?"
                                + " AND coalesce(a.valid_to, DATE 'infinity') >= ?")) {
            Date d = Date.valueOf(day);
            s.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            s.setDate(2, d);
            s.setDate(3, d);
            s.setDate(4, d);
            s.setString(5, unitPath);
            s.setString(6, unitPath);
            s.setArray(7, c.createArrayOf("varchar", kinds.toArray()));
            s.setDate(8, d);
            s.setDate(9, d);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] { r.getLong(2), r.getLong(1) }; // counted, of
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The "Dân vận khéo" models of units under an own path with a recognition decision dated on or before a day. */
    public static long recognizedModelsDirectly(String unitPath, LocalDate day) {
        return single("SELECT count(*) FROM mobilization_model m JOIN administrative_unit a ON a.id = m.unit_id"
                + " WHERE starts_with(a.path, ?) AND EXISTS (SELECT 1 FROM model_round r WHERE r.model_id = m.id"
                + " AND r.decision_date <= ?)", unitPath, Date.valueOf(day));
    }

    /** The own path of a unit (for the direct counts). */
    public static String pathOf(long unitId) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT path FROM administrative_unit WHERE id = ?")) {
            s.setLong(1, unitId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long unit(String name, String kind, String level, Long parent, LocalDate from, LocalDate to,
            Long successor) {
        long id = single("SELECT nextval(pg_get_serial_sequence('administrative_unit', 'id'))");
        String path = (parent == null ? "/" : pathOf(parent)) + id + "/";
        execute("INSERT INTO administrative_unit (id, code, name, short_name, kind, level, parent_id, path, valid_from,"
                + " valid_to, successor_id) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, name,
                name.replaceFirst("^(Tỉnh|Huyện|Thị xã|Xã|Phường|Thị trấn) ", ""), kind, level, parent, path,
                from == null ? null : Date.valueOf(from), to == null ? null : Date.valueOf(to), successor);
        return id;
    }

    private static Long single(String sql, Object... values) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql, values);
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(String sql, Object... values) {
        Long id = single(sql, values);
        if (id == null) {
            throw new IllegalStateException("nothing returned by " + sql);
        }
        return id;
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
