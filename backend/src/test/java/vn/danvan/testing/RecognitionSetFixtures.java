package vn.danvan.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Recognition titles with a published criteria set, written with plain SQL for the recognition tests (the criteria
 * feature's own API is built beside them). Each call makes a fresh title issued by An Giang's 91-BTGDV: by default
 * "every required criterion passes", 10 days of posting, a 90 % council, 3 years of validity, and three criteria — C1
 * pass/fail, C2 scored (10 points, not required), C3 a measured share ≥ 80 %.
 */
public final class RecognitionSetFixtures {

    /** One criterion of a fixture set, with a result that passes it. */
    public record Criterion(long id, String code, String kind, BigDecimal maxPoints, BigDecimal threshold) {
        /** The body of a self-assessment that passes the criterion, at {@code version}. */
        public java.util.Map<String, Object> passing(long version) {
            return switch (kind) {
            case "PASS_FAIL" -> java.util.Map.of("passed", true, "note", "Đạt", "version", version);
            case "SCORED" -> java.util.Map.of("score", maxPoints, "version", version);
            default -> java.util.Map.of("value", threshold.add(BigDecimal.ONE), "version", version);
            };
        }
    }

    /** A title and its set version. */
    public record Title(long id, String code, long setId, int versionNo, List<Criterion> criteria) {
    }

    /** What a fixture title's set says; {@link #standard(String)} for the usual one. */
    public record Spec(String decidingLevel, String subjectKind, String passRule, BigDecimal passingScore,
            Integer postingDays, BigDecimal votePercent, Integer validityYears) {
        public static Spec standard(String decidingLevel) {
            return new Spec(decidingLevel, "RESIDENTIAL_AREA", "ALL_REQUIRED", null, 10, new BigDecimal("90"), 3);
        }

        public Spec votePercent(String percent) {
            return new Spec(decidingLevel, subjectKind, passRule, passingScore, postingDays,
                    percent == null ? null : new BigDecimal(percent), validityYears);
        }

        public Spec subjectKind(String kind) {
            return new Spec(decidingLevel, kind, passRule, passingScore, postingDays, votePercent, validityYears);
        }

        public Spec score(String passing) {
            return new Spec(decidingLevel, subjectKind, "SCORE", new BigDecimal(passing), postingDays, votePercent,
                    validityYears);
        }
    }

    private static Long issuer;

    private RecognitionSetFixtures() {
    }

    /** A title decided by {@code decidingLevel} (COMMUNE or PROVINCE) with the standard set, published in 2020. */
    public static Title title(String decidingLevel) {
        return title(Spec.standard(decidingLevel));
    }

    public static Title title(Spec spec) {
        String code = Fixtures.uniqueCode("KDC");
        try (Connection db = dataSource().getConnection()) {
            long titleId = insert(db,
                    "INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id, deciding_level)"
                            + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                    code, "Khu dân cư kiểu mẫu (thử) " + code, spec.subjectKind(), issuer(), spec.decidingLevel());
            return set(db, titleId, code, 1, LocalDate.of(2020, 1, 1), spec, List.of("C1", "C2", "C3"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new version of the title's set, published and in force from {@code from}, with criteria of other codes (D1,
     * D2): what a case registered before keeps not seeing.
     */
    public static Title newVersion(Title title, int versionNo, LocalDate from) {
        try (Connection db = dataSource().getConnection()) {
            return set(db, title.id(), title.code(), versionNo, from, Spec.standard("COMMUNE"), List.of("D1", "D2"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Title set(Connection db, long titleId, String code, int versionNo, LocalDate from, Spec spec,
            List<String> codes) throws SQLException {
        long setId = insert(db,
                "INSERT INTO criteria_set (title_id, version_no, name, effective_from, status, pass_rule, passing_score,"
                        + " posting_days, vote_threshold_percent, validity_years, published_at, published_by)"
                        + " VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, now(), 'fixture') RETURNING id",
                titleId, versionNo, "Bộ tiêu chí " + code + " v" + versionNo, Date.valueOf(from), spec.passRule(),
                spec.passingScore(), spec.postingDays(), spec.votePercent(), spec.validityYears());
        long group = insert(db,
                "INSERT INTO criteria_group (set_id, code, name, position) VALUES (?, 'I', ?, 1)" + " RETURNING id",
                setId, "Đời sống kinh tế ổn định");
        List<Criterion> criteria = new ArrayList<>();
        String[] kinds = { "PASS_FAIL", "SCORED", "NUMERIC" };
        for (int i = 0; i < codes.size(); i++) {
            String kind = kinds[i % kinds.length];
            BigDecimal max = kind.equals("SCORED") ? BigDecimal.TEN : null;
            BigDecimal threshold = kind.equals("NUMERIC") ? new BigDecimal("80") : null;
            boolean required = !kind.equals("SCORED");
            long id = insert(db,
                    "INSERT INTO criterion (set_id, group_id, code, name, kind, max_points, unit_of_measure, comparison,"
                            + " threshold, required, key_criterion, expected_evidence, position)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    setId, group, codes.get(i), "Tiêu chí " + codes.get(i), kind, max,
                    kind.equals("NUMERIC") ? "%" : null, kind.equals("NUMERIC") ? ">=" : null, threshold, required,
                    i == 0, "Ảnh chụp, biên bản", i + 1);
            criteria.add(new Criterion(id, codes.get(i), kind, max, threshold));
        }
        return new Title(titleId, code, setId, versionNo, List.copyOf(criteria));
    }

    /** The audit actions recorded for a record, oldest first (for records the audit API does not list). */
    public static List<String> auditActions(String entityType, long entityId) {
        try (Connection db = dataSource().getConnection(); PreparedStatement statement = db.prepareStatement(
                "SELECT action FROM audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
            statement.setString(1, entityType);
            statement.setLong(2, entityId);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized long issuer() {
        if (issuer == null) {
            issuer = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV");
        }
        return issuer;
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
