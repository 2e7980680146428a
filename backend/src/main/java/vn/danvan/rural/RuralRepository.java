package vn.danvan.rural;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The programme's reads: communes from the unit feature's read model unit_scope (a former commune's path is its
 * successor's), decisions from the recognition feature's read model recognition_standing, groups and assessments from
 * this feature's tables. The SQL here is the SQL of backend/bench/rural-bench.sh.
 */
@ApplicationScoped
class RuralRepository implements PanacheRepository<RuralAssessment> {

    /** The NTM titles: communes' titles whose code starts so (XA-NTM, XA-NTM-NANG-CAO, XA-NTM-KIEU-MAU ...). */
    static final String NTM_CODES = "XA-NTM%";

    /** The order of levels for "the highest in force". */
    private static final String LEVEL_RANK = "CASE s.set_level WHEN 'MODERN' THEN 4 WHEN 'MODEL' THEN 3"
            + " WHEN 'ADVANCED' THEN 2 ELSE 1 END";

    @Inject
    EntityManager em;

    /** A commune as the unit read model holds it, with its scope path. */
    record Commune(long id, String code, String name, String kind, String path, LocalDate validTo, Long successorId) {
        RuralDtos.CommuneRef ref() {
            return new RuralDtos.CommuneRef(id, code, name, kind, validTo != null, validTo, successorId);
        }
    }

    Optional<Commune> commune(long unitId) {
        List<?> rows = em
                .createNativeQuery("SELECT unit_id, code, name, kind, path, valid_to, successor_id"
                        + " FROM unit_scope WHERE unit_id = :u AND level = 'COMMUNE'")
                .setParameter("u", unitId).getResultList();
        return rows.stream().map(r -> commune((Object[]) r)).findFirst();
    }

    Map<Long, Commune> communes(Collection<Long> ids) {
        Map<Long, Commune> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object r : em.createNativeQuery("SELECT unit_id, code, name, kind, path, valid_to, successor_id"
                    + " FROM unit_scope WHERE unit_id IN (:ids)").setParameter("ids", ids).getResultList()) {
                Commune c = commune((Object[]) r);
                found.put(c.id(), c);
            }
        }
        return found;
    }

    /** The scope path of any unit (the list's {@code unitId}). */
    Optional<String> unitPath(long unitId) {
        List<?> rows = em.createNativeQuery("SELECT path FROM unit_scope WHERE unit_id = :u").setParameter("u", unitId)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** The filters of the commune list, resolved. */
    record ListFilter(String scopePath, String unitPath, LocalDate day, int year, RuralLevelFilter level, Integer group,
            String kind, String q) {
    }

    /** A line of the list before its criteria are counted. */
    record ListLine(Commune commune, Integer group, RuralLevel level, Long decisionId, String number,
            LocalDate signedOn, Long decidedUnitId) {
    }

    /**
     * One page of the communes in force under the unit, in Vietnamese order of names, each with its group of the year's
     * period and the highest NTM level in force on {@code day} — its own decisions or those of the former communes
     * whose path it took — and the total after the filters.
     */
    Map.Entry<List<ListLine>, Long> page(ListFilter f, int offset, int limit) {
        StringBuilder sql = new StringBuilder("WITH c AS (SELECT u.unit_id, u.code, u.name, u.kind, u.path,"
                + " u.valid_to, u.successor_id FROM unit_scope u WHERE u.path LIKE :scope || '%'"
                + " AND u.path LIKE :unit || '%' AND u.level = 'COMMUNE' AND u.valid_to IS NULL");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", f.scopePath()); // digits and slashes: nothing to escape
        params.put("unit", f.unitPath());
        params.put("day", Date.valueOf(f.day()));
        params.put("year", f.year());
        if (f.kind() != null) {
            sql.append(" AND u.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.q() != null) {
            sql.append(" AND dv_fold(u.name) LIKE '%' || dv_fold(:q) || '%'");
            params.put("q", f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        String group = "";
        if (f.group() != null) {
            group = " AND g.commune_group = :group";
            params.put("group", f.group());
        }
        String groupJoin = " LEFT JOIN rural_commune_group g ON g.unit_id = c.unit_id"
                + " AND :year BETWEEN g.period_from AND g.period_to";
        String order = " ORDER BY c.name COLLATE \"vi-x-icu\", c.unit_id";
        if (f.level() == null) {
            // no level filter: the page first, then the levels of its communes only
            sql.append("), pg AS (SELECT c.*, g.commune_group, count(*) OVER () AS total FROM c").append(groupJoin)
                    .append(" WHERE true").append(group).append(order).append(" LIMIT :limit OFFSET :offset), ")
                    .append(levels("pg"))
                    .append(" SELECT c.unit_id, c.code, c.name, c.kind, c.path, c.valid_to, c.successor_id,"
                            + " c.commune_group, lv.set_level, lv.decision_id, lv.number, lv.signed_on, lv.decided_unit,"
                            + " c.total FROM pg c LEFT JOIN lv ON lv.unit_id = c.unit_id")
                    .append(order);
        } else {
            sql.append("), ").append(levels("c"))
                    .append(" SELECT c.unit_id, c.code, c.name, c.kind, c.path, c.valid_to, c.successor_id,"
                            + " g.commune_group, lv.set_level, lv.decision_id, lv.number, lv.signed_on,"
                            + " lv.decided_unit, count(*) OVER () AS total FROM c LEFT JOIN lv ON lv.unit_id = c.unit_id")
                    .append(groupJoin).append(" WHERE true").append(group);
            if (f.level() == RuralLevelFilter.NONE) {
                sql.append(" AND lv.set_level IS NULL");
            } else {
                sql.append(" AND lv.set_level = :level");
                params.put("level", f.level().name());
            }
            sql.append(order).append(" LIMIT :limit OFFSET :offset");
        }
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        query.setParameter("limit", limit).setParameter("offset", offset);
        List<ListLine> lines = new ArrayList<>();
        long total = 0;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(new ListLine(commune(r), r[7] == null ? null : ((Number) r[7]).intValue(),
                    RuralLevel.of((String) r[8]), longOrNull(r[9]), (String) r[10], date(r[11]), longOrNull(r[12])));
            total = ((Number) r[13]).longValue();
        }
        if (lines.isEmpty() && offset > 0) {
            return Map.entry(lines, page(f, 0, 1).getValue());
        }
        return Map.entry(lines, total);
    }

    /**
     * The CTE {@code lv}: for each commune of the CTE {@code from}, its highest NTM level in force on {@code :day} by
     * its own decisions (a commune formed by a merger holds a level only by its own công nhận or thừa nhận).
     */
    private static String levels(String from) {
        return "lv AS (SELECT DISTINCT ON (c.unit_id) c.unit_id, s.set_level, s.decision_id, s.number, s.signed_on,"
                + " s.unit_id AS decided_unit FROM " + from + " c"
                + " JOIN recognition_standing s ON s.unit_id = c.unit_id"
                + " WHERE s.subject_kind = 'COMMUNE' AND s.title_code LIKE '" + NTM_CODES + "'"
                + " AND s.set_level IS NOT NULL AND s.valid_from <= :day"
                + " AND (s.valid_until IS NULL OR s.valid_until >= :day) AND (s.ended_on IS NULL OR s.ended_on > :day)"
                + " ORDER BY c.unit_id, " + LEVEL_RANK + " DESC, s.signed_on DESC, s.decision_id DESC)";
    }

    /** A commune's former communes (ended by a reorganization, their records following it) and how many held NTM. */
    record Former(int communes, int recognized) {
    }

    /**
     * For each commune in force, its former communes — those whose scope path it took — and how many of them held an
     * NTM title on the day they ended: the history a thừa nhận decision is made from.
     */
    Map<Long, Former> formers(Collection<Long> unitIds) {
        Map<Long, Former> found = new HashMap<>();
        if (unitIds.isEmpty()) {
            return found;
        }
        List<?> rows = em
                .createNativeQuery("SELECT c.unit_id, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1"
                        + " FROM recognition_standing s WHERE s.unit_id = f.unit_id AND s.subject_kind = 'COMMUNE'"
                        + " AND s.title_code LIKE '" + NTM_CODES + "' AND s.set_level IS NOT NULL"
                        + " AND s.valid_from <= f.valid_to AND (s.valid_until IS NULL OR s.valid_until >= f.valid_to)"
                        + " AND (s.ended_on IS NULL OR s.ended_on > f.valid_to)))"
                        + " FROM unit_scope c JOIN unit_scope f ON f.path = c.path AND f.level = 'COMMUNE'"
                        + " AND f.valid_to IS NOT NULL AND f.unit_id <> c.unit_id"
                        + " WHERE c.unit_id IN (:units) AND c.valid_to IS NULL GROUP BY c.unit_id")
                .setParameter("units", unitIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.put(((Number) r[0]).longValue(), new Former(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return found;
    }

    /**
     * How many criteria (not indicators) of the set each commune meets in the year: its own row when it has one, else
     * every indicator of the criterion assessed met.
     */
    Map<Long, Integer> metCounts(long setId, int year, Collection<Long> unitIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery("WITH k AS (SELECT id, parent_id FROM criterion WHERE set_id = :set),"
                + " n AS (SELECT parent_id, count(*) AS parts FROM k WHERE parent_id IS NOT NULL GROUP BY parent_id),"
                + " st AS (SELECT a.unit_id, coalesce(k.parent_id, k.id) AS top,"
                + " bool_and(a.met) FILTER (WHERE k.parent_id IS NULL) AS own_met,"
                + " count(*) FILTER (WHERE k.parent_id IS NOT NULL AND a.met) AS parts_met"
                + " FROM rural_assessment a JOIN k ON k.id = a.criterion_id"
                + " WHERE a.unit_id IN (:units) AND a.year = :year GROUP BY 1, 2)"
                + " SELECT st.unit_id, count(*) FILTER (WHERE CASE WHEN st.own_met IS NOT NULL THEN st.own_met"
                + " ELSE st.parts_met = coalesce(n.parts, -1) END)"
                + " FROM st LEFT JOIN n ON n.parent_id = st.top GROUP BY st.unit_id").setParameter("set", setId)
                .setParameter("year", year).setParameter("units", unitIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return counts;
    }

    /** How many criteria (not indicators) a set has. */
    int criteriaCount(long setId) {
        return ((Number) em
                .createNativeQuery("SELECT count(*) FROM criterion WHERE set_id = :set AND parent_id IS NULL")
                .setParameter("set", setId).getSingleResult()).intValue();
    }

    /** The directive that issued a set: {@code [id, number]} (both may be null). */
    Object[] directiveOf(long setId) {
        List<?> rows = em
                .createNativeQuery("SELECT s.directive_id, d.number_text FROM criteria_set s"
                        + " LEFT JOIN directive d ON d.id = s.directive_id WHERE s.id = :set")
                .setParameter("set", setId).getResultList();
        return rows.isEmpty() ? new Object[2] : (Object[]) rows.get(0);
    }

    /** Whether a set belongs to an NTM title. */
    boolean ntmSet(long setId) {
        return !em
                .createNativeQuery("SELECT 1 FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id"
                        + " WHERE s.id = :set AND t.subject_kind = 'COMMUNE' AND t.code LIKE '" + NTM_CODES + "'")
                .setParameter("set", setId).getResultList().isEmpty();
    }

    /** Whether a title is an NTM title (of communes). */
    boolean ntmSetOfTitle(long titleId) {
        return !em.createNativeQuery("SELECT 1 FROM recognition_title t WHERE t.id = :t AND t.subject_kind = 'COMMUNE'"
                + " AND t.code LIKE '" + NTM_CODES + "'").setParameter("t", titleId).getResultList().isEmpty();
    }

    /** The set a criterion or indicator belongs to, when it is one of an NTM title's. */
    Optional<Long> ntmSetOfCriterion(long criterionId) {
        List<?> rows = em.createNativeQuery("SELECT s.id FROM criterion k JOIN criteria_set s ON s.id = k.set_id"
                + " JOIN recognition_title t ON t.id = s.title_id WHERE k.id = :k AND t.subject_kind = 'COMMUNE'"
                + " AND t.code LIKE '" + NTM_CODES + "'").setParameter("k", criterionId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).findFirst();
    }

    /** A commune's assessments of a set's criteria and indicators over the years. */
    List<RuralAssessment> assessments(long unitId, Collection<Long> criterionIds, int from, int to) {
        if (criterionIds.isEmpty()) {
            return List.of();
        }
        return list("unitId = ?1 and year between ?2 and ?3 and criterionId in ?4 order by year, criterionId", unitId,
                from, to, criterionIds);
    }

    Optional<RuralAssessment> assessment(long unitId, int year, long criterionId) {
        return find("unitId = ?1 and year = ?2 and criterionId = ?3", unitId, year, criterionId).firstResultOptional();
    }

    /** A decision of an NTM title as the history lists it. */
    record Held(long decisionId, long unitId, String titleCode, RuralLevel level) {
    }

    /**
     * The NTM decisions of a commune, newest first: a commune in force lists its own and those of the former communes
     * whose records follow it (same scope path); a former commune lists its own.
     */
    List<Held> decisions(Commune commune) {
        String where = commune.validTo() == null
                ? " JOIN unit_scope su ON su.unit_id = s.unit_id WHERE su.path = :path AND su.level = 'COMMUNE'"
                : " WHERE s.unit_id = :unit";
        Query query = em.createNativeQuery("SELECT s.decision_id, s.unit_id, s.title_code, s.set_level"
                + " FROM recognition_standing s" + where + " AND s.subject_kind = 'COMMUNE' AND s.title_code LIKE '"
                + NTM_CODES + "' ORDER BY s.signed_on DESC, s.decision_id DESC");
        if (commune.validTo() == null) {
            query.setParameter("path", commune.path());
        } else {
            query.setParameter("unit", commune.id());
        }
        List<Held> held = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            held.add(new Held(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    RuralLevel.of((String) r[3])));
        }
        return held;
    }

    private static Commune commune(Object[] r) {
        return new Commune(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                date(r[5]), longOrNull(r[6]));
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
