package vn.danvan.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.danvan.unit.UnitKind;
import vn.danvan.unit.UnitLevel;

/**
 * The counts behind a target's progress, over declared read models only: the units as they were on a day from the unit
 * feature's {@code unit_scope} (unit_path under the scope unit's, in force that day), the titles they held from the
 * recognition feature's {@code recognition_standing} (V25), areas through {@code residential_area_scope}, models
 * through {@code model_recognition} (V27). {@code backend/bench/target-bench.sh} runs the same SQL.
 */
@ApplicationScoped
class ProgressRepository {

    /** The units of a group in force on :day strictly under the scope unit's own path (the tree as it was). */
    static final String IN_FORCE = " WHERE u.unit_path LIKE :path || '%' AND u.unit_id <> :scope"
            + " AND (u.valid_from IS NULL OR u.valid_from <= :day) AND (u.valid_to IS NULL OR u.valid_to >= :day)";

    /** The highest NTM level (1–4, 0 none) a unit holds on :day: a decision of its title in force that day. */
    static final String HELD = " CROSS JOIN LATERAL (SELECT coalesce(max(CASE rs.title_code"
            + " WHEN 'XA-NTM' THEN 1 WHEN 'XA-NTM-NANG-CAO' THEN 2 WHEN 'XA-NTM-KIEU-MAU' THEN 3"
            + " WHEN 'XA-NTM-HIEN-DAI' THEN 4 END), 0) AS rank FROM recognition_standing rs"
            + " WHERE rs.unit_id = u.unit_id AND rs.residential_area_id IS NULL"
            + " AND rs.title_code IN ('XA-NTM', 'XA-NTM-NANG-CAO', 'XA-NTM-KIEU-MAU', 'XA-NTM-HIEN-DAI')"
            + " AND rs.valid_from <= :day AND (rs.valid_until IS NULL OR rs.valid_until >= :day)"
            + " AND (rs.ended_on IS NULL OR rs.ended_on > :day)) h";

    @Inject
    EntityManager em;

    /** A target's scope unit as the unit feature's read model has it, with the name of its successor. */
    record ScopeUnit(long id, String unitPath, String scopePath, UnitLevel level, UnitKind kind, String code,
            String name, LocalDate validTo, String successorName) {
    }

    /** The units of a group on a day: how many, and how many hold the level. */
    record UnitCount(long of, long counted) {
    }

    /** A unit missing from a target, with the highest level it holds (0 none). */
    record Missing(long id, String code, String name, String kind, String parentName, int heldRank) {
    }

    Map<Long, ScopeUnit> scopeUnits(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ScopeUnit> units = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT u.unit_id, u.unit_path, u.path, u.level, u.kind, u.code, u.name,"
                + " u.valid_to, s.name FROM unit_scope u LEFT JOIN unit_scope s ON s.unit_id = u.successor_id"
                + " WHERE u.unit_id IN (:ids)").setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            units.put(n(r[0]), new ScopeUnit(n(r[0]), (String) r[1], (String) r[2], level((String) r[3]),
                    kind((String) r[4]), (String) r[5], (String) r[6], date(r[7]), (String) r[8]));
        }
        return units;
    }

    /** The id of a province by its full name, in force on the day or ended before it (for demo data). */
    java.util.Optional<Long> provinceNamed(String name, boolean ended) {
        return ((List<?>) em
                .createNativeQuery("SELECT unit_id FROM unit_scope WHERE level = 'PROVINCE' AND name = :name"
                        + (ended ? " AND valid_to IS NOT NULL" : " AND valid_to IS NULL") + " ORDER BY unit_id LIMIT 1")
                .setParameter("name", name).getResultList()).stream().map(ProgressRepository::n).findFirst();
    }

    /** The units of the group on the day: how many, and how many hold the level or a higher one. */
    UnitCount units(ScopeUnit scope, TargetUnitGroup group, int rank, LocalDate day) {
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE h.rank >= :rank)"
                + " FROM unit_scope u" + HELD + IN_FORCE + group(group)), scope, group, day).setParameter("rank", rank)
                        .getSingleResult();
        return new UnitCount(n(r[0]), n(r[1]));
    }

    /** How many units of the group are in force on the day under the scope unit (districts after the reform: 0). */
    long inForce(ScopeUnit scope, TargetUnitGroup group, LocalDate day) {
        return n(bind(em.createNativeQuery("SELECT count(*) FROM unit_scope u" + IN_FORCE + group(group)), scope, group,
                day).getSingleResult());
    }

    /** A page of the units of the group that do not hold the level on the day, in Vietnamese order. */
    List<Missing> missing(ScopeUnit scope, TargetUnitGroup group, int rank, LocalDate day, String folded, int offset,
            int limit) {
        Query q = bind(
                em.createNativeQuery("SELECT u.unit_id, u.code, u.name, u.kind, p.name AS parent_name, h.rank"
                        + " FROM unit_scope u LEFT JOIN unit_scope p ON p.unit_id = u.parent_id" + HELD + IN_FORCE
                        + group(group) + search(folded) + " AND h.rank < :rank"
                        + " ORDER BY u.name COLLATE \"vi-x-icu\", u.unit_id OFFSET :offset LIMIT :limit"),
                scope, group, day).setParameter("rank", rank).setParameter("offset", offset).setParameter("limit",
                        limit);
        if (folded != null) {
            q.setParameter("q", folded);
        }
        List<Missing> list = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            list.add(new Missing(n(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).intValue()));
        }
        return list;
    }

    long missingCount(ScopeUnit scope, TargetUnitGroup group, int rank, LocalDate day, String folded) {
        Query q = bind(em.createNativeQuery("SELECT count(*) FROM unit_scope u" + HELD + IN_FORCE + group(group)
                + search(folded) + " AND h.rank < :rank"), scope, group, day).setParameter("rank", rank);
        if (folded != null) {
            q.setParameter("q", folded);
        }
        return n(q.getSingleResult());
    }

    /** Residential areas under the scope unit whose decision of the title is in force on the day. */
    long areas(ScopeUnit scope, long titleId, LocalDate day) {
        return n(em.createNativeQuery("SELECT count(DISTINCT rs.residential_area_id) FROM residential_area_scope a"
                + " JOIN recognition_standing rs ON rs.residential_area_id = a.residential_area_id"
                + " WHERE a.unit_path LIKE :path || '%' AND rs.title_id = :title AND rs.valid_from <= :day"
                + " AND (rs.valid_until IS NULL OR rs.valid_until >= :day) AND (rs.ended_on IS NULL OR rs.ended_on > :day)")
                .setParameter("path", scope.unitPath()).setParameter("title", titleId).setParameter("day", day)
                .getSingleResult());
    }

    /** "Dân vận khéo" models registered by units under the scope unit and recognized on or before the day. */
    long models(ScopeUnit scope, LocalDate day) {
        return n(em
                .createNativeQuery("SELECT count(*) FROM unit_scope u JOIN model_recognition m ON m.unit_id = u.unit_id"
                        + " WHERE u.unit_path LIKE :path || '%' AND m.recognized_on <= :day")
                .setParameter("path", scope.unitPath()).setParameter("day", day).getSingleResult());
    }

    private static String group(TargetUnitGroup group) {
        return group == TargetUnitGroup.DISTRICTS ? " AND u.level = 'DISTRICT'" : " AND u.kind IN (:kinds)";
    }

    private static String search(String folded) {
        return folded == null ? "" : " AND dv_fold(u.name) LIKE '%' || dv_fold(:q) || '%'";
    }

    private static Query bind(Query q, ScopeUnit scope, TargetUnitGroup group, LocalDate day) {
        q.setParameter("path", scope.unitPath()).setParameter("scope", scope.id()).setParameter("day", day);
        if (group != TargetUnitGroup.DISTRICTS) {
            q.setParameter("kinds", group.kinds);
        }
        return q;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static UnitLevel level(String s) {
        return s == null ? null : UnitLevel.valueOf(s);
    }

    private static UnitKind kind(String s) {
        return s == null ? null : UnitKind.valueOf(s);
    }
}
