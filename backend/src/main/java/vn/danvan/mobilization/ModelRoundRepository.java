package vn.danvan.mobilization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Round records, with their commendations and the models' timelines. */
@ApplicationScoped
class ModelRoundRepository implements PanacheRepository<ModelRound> {

    @Inject
    EntityManager em;

    List<ModelRound> ofModel(long modelId) {
        return list("modelId = ?1 order by id", modelId);
    }

    /** The latest record of each model, by model id. */
    Map<Long, ModelRound> latestOf(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        return list("modelId in ?1 order by id", modelIds).stream()
                .collect(Collectors.toMap(r -> r.modelId, r -> r, (a, b) -> b));
    }

    Map<Long, List<ModelCommendation>> commendations(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from ModelCommendation where modelRoundId in ?1 order by id", ModelCommendation.class)
                .setParameter(1, roundIds).getResultList().stream().collect(Collectors.groupingBy(c -> c.modelRoundId));
    }

    List<ModelTransition> timeline(long modelId) {
        return em.createQuery("from ModelTransition where modelId = ?1 order by at, id", ModelTransition.class)
                .setParameter(1, modelId).getResultList();
    }

    void record(Object row) {
        em.persist(row);
    }
}
