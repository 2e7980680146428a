package vn.danvan.criteria;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Criteria sets, and their groups, criteria, variants and questions (which live and die with them). */
@ApplicationScoped
class CriteriaSetRepository implements PanacheRepository<CriteriaSet> {

    @Inject
    EntityManager em;

    List<CriteriaSet> ofTitle(long titleId) {
        return list("titleId = ?1 order by versionNo desc, id desc", titleId);
    }

    int nextVersionNo(long titleId) {
        Integer max = em.createQuery("select max(versionNo) from CriteriaSet where titleId = ?1", Integer.class)
                .setParameter(1, titleId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The number of criteria (indicators not counted) of each set. */
    Map<Long, Integer> criteriaCounts(Collection<Long> setIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!setIds.isEmpty()) {
            em.createQuery(
                    "select setId, count(*) from Criterion where setId in ?1 and parentId is null group by setId",
                    Object[].class).setParameter(1, setIds).getResultList()
                    .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        return counts;
    }

    List<CriteriaGroup> groups(long setId) {
        return em.createQuery("from CriteriaGroup where setId = ?1 order by position, id", CriteriaGroup.class)
                .setParameter(1, setId).getResultList();
    }

    /** Criteria and indicators of a set, in their own order (indicators are placed under their criterion later). */
    List<Criterion> criteria(long setId) {
        return em.createQuery("from Criterion where setId = ?1 order by position, id", Criterion.class)
                .setParameter(1, setId).getResultList();
    }

    List<CriterionVariant> variants(long setId) {
        return em.createQuery(
                "select v from CriterionVariant v where v.criterionId in"
                        + " (select c.id from Criterion c where c.setId = ?1) order by v.criterionId, v.communeGroup",
                CriterionVariant.class).setParameter(1, setId).getResultList();
    }

    List<CriterionQuestion> questions(long setId) {
        return em.createQuery(
                "select q from CriterionQuestion q where q.criterionId in"
                        + " (select c.id from Criterion c where c.setId = ?1) order by q.criterionId, q.position",
                CriterionQuestion.class).setParameter(1, setId).getResultList();
    }

    /**
     * Removes a draft's groups and criteria (their variants and questions go with them, ON DELETE CASCADE). Run before
     * any of them is loaded in the transaction, so that no managed copy outlives its row.
     */
    void removeParts(long setId) {
        em.createQuery("delete from Criterion where setId = ?1").setParameter(1, setId).executeUpdate();
        em.createQuery("delete from CriteriaGroup where setId = ?1").setParameter(1, setId).executeUpdate();
    }

    void persistPart(Object part) {
        em.persist(part);
    }
}
