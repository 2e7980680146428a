package vn.danvan.movement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Movements, and their fields, periods and rounds (which live and die with them). */
@ApplicationScoped
class MovementRepository implements PanacheRepository<EmulationMovement> {

    @Inject
    EntityManager em;

    /** Movements whose launching body the caller reaches, or that reach the caller (a commune sees its province's). */
    List<EmulationMovement> visibleFrom(String callerPath) {
        @SuppressWarnings("unchecked")
        List<Long> ids = em
                .createNativeQuery(
                        "SELECT m.id FROM emulation_movement m"
                                + " JOIN organization_scope s ON s.organization_id = m.organization_id"
                                + " WHERE s.path LIKE :p || '%' OR :p LIKE s.path || '%' ORDER BY m.id DESC",
                        Long.class)
                .setParameter("p", callerPath).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id desc", ids);
    }

    List<EmulationField> fields(long movementId) {
        return em.createQuery("from EmulationField where movementId = ?1 order by position, id", EmulationField.class)
                .setParameter(1, movementId).getResultList();
    }

    List<EmulationPeriod> periods(long movementId) {
        return em
                .createQuery("from EmulationPeriod where movementId = ?1 order by startYear, id", EmulationPeriod.class)
                .setParameter(1, movementId).getResultList();
    }

    List<EmulationRound> rounds(List<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from EmulationRound where periodId in ?1 order by year, kind, id", EmulationRound.class)
                .setParameter(1, periodIds).getResultList();
    }

    List<Long> fieldIdsWithCode(String code) {
        return em.createQuery("select id from EmulationField where code = ?1", Long.class).setParameter(1, code)
                .getResultList();
    }

    EmulationRound round(long id) {
        return em.find(EmulationRound.class, id);
    }

    EmulationPeriod period(long id) {
        return em.find(EmulationPeriod.class, id);
    }

    EmulationField field(long id) {
        return em.find(EmulationField.class, id);
    }

    void persistPart(Object part) {
        em.persist(part);
    }

    void removePart(Object part) {
        em.remove(part);
    }
}
