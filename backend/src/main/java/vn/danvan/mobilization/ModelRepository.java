package vn.danvan.mobilization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Models. The list narrows by the registering organizations of the caller's scope through the declared read model
 * {@code organization_scope} (one index range scan), then by round, field, state and folded text.
 */
@ApplicationScoped
class ModelRepository implements PanacheRepository<MobilizationModel> {

    @Inject
    EntityManager em;

    /** Ids of one page of models newest first, and the total. */
    Map.Entry<List<Long>, Long> page(String scopePath, ModelQuery q, int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM mobilization_model m WHERE m.organization_id IN"
                + " (SELECT organization_id FROM organization_scope WHERE path LIKE :scope || '%')");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scopePath); // digits and slashes: nothing to escape
        if (q.unitPath() != null) {
            // Two index range scans: an OR of the two LIKEs uses no index (179 ms p95 at 50,000
            // models against 2.5 ms, backend/bench/mobilization-bench.sh).
            where.append(" AND m.organization_id IN (SELECT organization_id FROM organization_scope"
                    + " WHERE path LIKE :unit || '%' UNION SELECT organization_id FROM organization_scope"
                    + " WHERE unit_path LIKE :unit || '%')");
            params.put("unit", q.unitPath());
        }
        if (q.movementId() != null) {
            where.append(" AND m.movement_id = :movement");
            params.put("movement", q.movementId());
        }
        if (q.roundId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM model_round r WHERE r.model_id = m.id AND r.round_id = :round");
            params.put("round", q.roundId());
            if (q.roundState() != null) {
                where.append(" AND r.state = :roundState");
                params.put("roundState", q.roundState().name());
            }
            where.append(")");
        } else if (q.roundState() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM model_round r WHERE r.model_id = m.id AND r.state = :roundState)");
            params.put("roundState", q.roundState().name());
        }
        if (q.fieldIds() != null) {
            where.append(" AND m.field_id IN (:fields)");
            params.put("fields", q.fieldIds().isEmpty() ? List.of(-1L) : q.fieldIds());
        }
        if (q.state() != null) {
            where.append(" AND m.state = :state");
            params.put("state", q.state().name());
        }
        if (q.level() != null) {
            where.append(" AND m.level = :level");
            params.put("level", q.level().name());
        }
        if (q.ownerKind() != null) {
            where.append(" AND m.owner_kind = :ownerKind");
            params.put("ownerKind", q.ownerKind().name());
        }
        List<String> words = words(q.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND m.search_text LIKE dv_fold(:w").append(i).append(")");
            params.put("w" + i, words.get(i));
        }
        Query ids = em.createNativeQuery("SELECT m.id" + where + " ORDER BY m.id DESC", Long.class);
        Query count = em.createNativeQuery("SELECT count(*)" + where, Long.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Long> found = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        return Map.entry(new ArrayList<>(found), ((Number) count.getSingleResult()).longValue());
    }

    /** Ids of one page of public models (published and recognized in some round), newest first, and the total. */
    Map.Entry<List<Long>, Long> publicPage(List<Long> fieldIds, String text, int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM mobilization_model m WHERE m.published AND EXISTS"
                + " (SELECT 1 FROM model_round r WHERE r.model_id = m.id AND r.state IN (:recognized))");
        Map<String, Object> params = new HashMap<>();
        params.put("recognized", recognizedStates());
        if (fieldIds != null) {
            where.append(" AND m.field_id IN (:fields)");
            params.put("fields", fieldIds.isEmpty() ? List.of(-1L) : fieldIds);
        }
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND m.search_text LIKE dv_fold(:w").append(i).append(")");
            params.put("w" + i, words.get(i));
        }
        Query ids = em.createNativeQuery("SELECT m.id" + where + " ORDER BY m.id DESC", Long.class);
        Query count = em.createNativeQuery("SELECT count(*)" + where, Long.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Long> found = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        return Map.entry(new ArrayList<>(found), ((Number) count.getSingleResult()).longValue());
    }

    /** One LIKE pattern per word of a search (at most 8), its wildcards escaped; folded by dv_fold in the query. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.trim().split("\\s+")).limit(8)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    static List<String> recognizedStates() {
        return java.util.Arrays.stream(ModelRoundState.values()).filter(ModelRoundState::recognized).map(Enum::name)
                .toList();
    }

    /** The first model with this name (case and diacritics ignored) in the unit and round, if any. */
    java.util.Optional<Long> sameName(long unitId, long roundId, String name) {
        @SuppressWarnings("unchecked")
        List<Long> found = em
                .createNativeQuery(
                        "SELECT id FROM mobilization_model WHERE unit_id = :u"
                                + " AND registered_round_id = :r AND dv_fold(name) = dv_fold(:n) ORDER BY id LIMIT 1",
                        Long.class)
                .setParameter("u", unitId).setParameter("r", roundId).setParameter("n", name).getResultList();
        return found.stream().findFirst();
    }

    /** Whether a model of this movement is still registered in the round through this name elsewhere (same unit). */
    List<MobilizationModel> replicationsOf(long id) {
        return list("replicationOfId = ?1 order by id", id);
    }

    boolean fieldInUse(long fieldId) {
        return count("fieldId", fieldId) > 0;
    }
}
