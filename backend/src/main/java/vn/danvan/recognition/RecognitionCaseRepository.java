package vn.danvan.recognition;

import java.util.ArrayList;
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
 * Cases, their timeline and posting comments. Scope comes from the unit feature's read models: the units in scope are
 * found first (one range scan of unit_scope), then each unit's cases by year (index recognition_case_unit).
 */
@ApplicationScoped
class RecognitionCaseRepository implements PanacheRepository<RecognitionCase> {

    @Inject
    EntityManager em;

    /** The filters of the list, already resolved (paths, the caller's own area). */
    record Filter(String scopePath, String unitPath, Long areaId, Integer year, Long titleId,
            RecognitionCaseState state) {
    }

    /** Ids of one page of cases newest first, and the total. */
    Map.Entry<List<Long>, Long> page(Filter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM recognition_case c WHERE c.unit_id IN"
                + " (SELECT unit_id FROM unit_scope WHERE path LIKE :scope || '%')");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", f.scopePath()); // digits and slashes: nothing to escape
        if (f.unitPath() != null) {
            where.append(" AND c.unit_id IN (SELECT unit_id FROM unit_scope WHERE path LIKE :unit || '%'"
                    + " UNION SELECT unit_id FROM unit_scope WHERE unit_path LIKE :unit || '%')");
            params.put("unit", f.unitPath());
        }
        if (f.areaId() != null) {
            where.append(" AND c.residential_area_id = :area");
            params.put("area", f.areaId());
        }
        if (f.year() != null) {
            where.append(" AND c.year = :year");
            params.put("year", f.year());
        }
        if (f.titleId() != null) {
            where.append(" AND c.title_id = :title");
            params.put("title", f.titleId());
        }
        if (f.state() != null) {
            where.append(" AND c.state = :state");
            params.put("state", f.state().name());
        }
        Query ids = em.createNativeQuery("SELECT c.id" + where + " ORDER BY c.year DESC, c.id DESC", Long.class);
        Query count = em.createNativeQuery("SELECT count(*)" + where, Long.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Long> found = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        return Map.entry(new ArrayList<>(found), ((Number) count.getSingleResult()).longValue());
    }

    /** The scope path of a residential area (its commune's, following an abolished commune's successor). */
    Optional<String> areaPath(long areaId) {
        @SuppressWarnings("unchecked")
        List<String> found = em
                .createNativeQuery("SELECT path FROM residential_area_scope WHERE residential_area_id = :a",
                        String.class)
                .setParameter("a", areaId).getResultList();
        return found.stream().findFirst();
    }

    /** The scope path of a unit. */
    Optional<String> unitPath(long unitId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT path FROM unit_scope WHERE unit_id = :u", String.class)
                .setParameter("u", unitId).getResultList();
        return found.stream().findFirst();
    }

    /** Whether a case of this area, title and year is open or done (a withdrawn one does not count). */
    Optional<Long> sameSubject(long areaId, long titleId, int year) {
        return find("residentialAreaId = ?1 and titleId = ?2 and year = ?3 and state <> ?4 order by id", areaId,
                titleId, year, RecognitionCaseState.WITHDRAWN).firstResultOptional().map(c -> c.id);
    }

    /** Whether a case of this commune (a COMMUNE-subject title), title and year is open or done. */
    Optional<Long> sameCommune(long unitId, long titleId, int year) {
        return find(
                "residentialAreaId is null and unitId = ?1 and titleId = ?2 and year = ?3 and state <> ?4 order by id",
                unitId, titleId, year, RecognitionCaseState.WITHDRAWN).firstResultOptional().map(c -> c.id);
    }

    /** The level (COMMUNE, PROVINCE ...) and whether in force, of a unit: {@code [level, validTo]}. */
    Optional<Object[]> unitLevel(long unitId) {
        List<?> found = em.createNativeQuery("SELECT level, valid_to FROM unit_scope WHERE unit_id = :u")
                .setParameter("u", unitId).getResultList();
        return found.stream().findFirst().map(r -> (Object[]) r);
    }

    List<RecognitionCaseEvent> timeline(long caseId) {
        return em.createQuery("from RecognitionCaseEvent e where e.caseId = :c order by e.id",
                RecognitionCaseEvent.class).setParameter("c", caseId).getResultList();
    }

    List<RecognitionPostingComment> comments(long caseId) {
        return em.createQuery("from RecognitionPostingComment p where p.caseId = :c order by p.id",
                RecognitionPostingComment.class).setParameter("c", caseId).getResultList();
    }

    /** Keeps a step or a comment of a case. */
    void record(Object eventOrComment) {
        em.persist(eventOrComment);
        em.flush();
    }
}
