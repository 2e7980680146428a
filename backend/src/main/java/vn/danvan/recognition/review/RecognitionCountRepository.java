package vn.danvan.recognition.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The counts' statements over their read models (V23: recognition_case_count, recognition_decision_count,
 * recognition_criterion_count, kept by triggers per commune and summed per province): the rows of the units under a
 * scope path (the declared read model {@code unit_scope}, one index range scan), summed by the unit right under that
 * path. A path of {@code /} is the whole country, its children the provinces; it reads the provinces' rows
 * ({@code rollup}), as a province's criteria do, the rest the communes' rows.
 * {@code backend/bench/recognition-bench.sh} runs the same SQL.
 */
@ApplicationScoped
class RecognitionCountRepository {

    private static final String CHILD = "split_part(substr(us.path, :len + 1), '/', 1)";

    /**
     * The rows of a year under a scope path. The communes' rows: each unit in scope probes its own (an index-only scan
     * per unit; a join lets the planner scan the whole year instead). The provinces' rows: the year's few rows, joined
     * to their units.
     */
    private static String rows(boolean rollup, String table, String columns) {
        return rollup
                ? " FROM " + table + " c JOIN unit_scope us ON us.unit_id = c.unit_id WHERE c.year = :year"
                        + " AND c.rollup AND us.path LIKE :path || '%'"
                : " FROM unit_scope us CROSS JOIN LATERAL (SELECT " + columns + " FROM " + table
                        + " c WHERE c.unit_id = us.unit_id AND c.year = :year AND NOT c.rollup) c"
                        + " WHERE us.path LIKE :path || '%'";
    }

    @Inject
    EntityManager em;

    /** The year's cases of one child unit ("" for the unit itself), title and state. */
    record CaseGroup(String child, long titleId, String state, long cases) {
    }

    /** The decisions signed in the year of one child unit and title, by what became of them on {@code today}. */
    record DecisionGroup(String child, long titleId, long inForce, long lapsed, long revoked, long lost) {
    }

    /** One criterion's results over the year's cases. */
    record CriterionGroup(long titleId, long setId, long criterionId, long assessed, long failed) {
    }

    List<CaseGroup> cases(String path, boolean rollup, int year, Long titleId) {
        Query q = query("SELECT " + CHILD + " AS child, c.title_id, c.state, sum(c.cases)"
                + rows(rollup, "recognition_case_count", "c.title_id, c.state, c.cases") + title(titleId)
                + " GROUP BY 1, 2, 3 HAVING sum(c.cases) <> 0", path, year, titleId);
        List<CaseGroup> groups = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new CaseGroup((String) r[0], n(r[1]), (String) r[2], n(r[3])));
        }
        return groups;
    }

    List<DecisionGroup> decisions(String path, boolean rollup, int year, Long titleId, LocalDate today) {
        Query q = query("SELECT " + CHILD + " AS child, c.title_id,"
                + " sum(c.decisions) FILTER (WHERE c.outcome = 'ACTIVE' AND c.valid_until >= :today),"
                + " sum(c.decisions) FILTER (WHERE c.outcome = 'ACTIVE' AND c.valid_until < :today),"
                + " sum(c.decisions) FILTER (WHERE c.outcome = 'REVOKED'),"
                + " sum(c.decisions) FILTER (WHERE c.outcome = 'LOST')"
                + rows(rollup, "recognition_decision_count", "c.title_id, c.outcome, c.valid_until, c.decisions")
                + title(titleId) + " GROUP BY 1, 2 HAVING sum(c.decisions) <> 0", path, year, titleId)
                        .setParameter("today", today);
        List<DecisionGroup> groups = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new DecisionGroup((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
        }
        return groups;
    }

    List<CriterionGroup> criteria(String path, boolean rollup, int year, Long titleId) {
        Query q = query("SELECT c.title_id, c.criteria_set_id, c.criterion_id, sum(c.assessed), sum(c.failed)"
                + rows(rollup, "recognition_criterion_count",
                        "c.title_id, c.criteria_set_id, c.criterion_id, c.assessed, c.failed")
                + title(titleId) + " GROUP BY 1, 2, 3 HAVING sum(c.assessed) <> 0", path, year, titleId);
        List<CriterionGroup> groups = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new CriterionGroup(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4])));
        }
        return groups;
    }

    private Query query(String sql, String path, int year, Long titleId) {
        Query q = em.createNativeQuery(sql).setParameter("year", year).setParameter("path", path); // digits and
                                                                                                   // slashes: nothing
                                                                                                   // to escape
        if (sql.contains(":len")) {
            q.setParameter("len", path.length());
        }
        if (titleId != null) {
            q.setParameter("title", titleId);
        }
        return q;
    }

    private static String title(Long titleId) {
        return titleId == null ? "" : " AND c.title_id = :title";
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
