package vn.danvan.mobilization.review;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The funnel's one statement over its read model {@code model_funnel_count} (V18: the stages round records reached,
 * counted per round, registering organization, field and owner kind, kept by triggers): the counts of a round for the
 * organizations under a scope path (the declared read model {@code organization_scope}, one index range scan), summed
 * by the unit right under that path, the field and the owner kind. {@code backend/bench/mobilization-bench.sh} runs the
 * same SQL.
 */
@ApplicationScoped
class FunnelRepository {

    static final String STAGES = "sum(c.registered), sum(c.appraised), sum(c.recognized), sum(c.exemplary),"
            + " sum(c.commended), sum(c.replicated)";

    @Inject
    EntityManager em;

    /** The counts of one group: the child unit's id ("" for the unit's own bodies), the field, the owner kind. */
    record Group(String child, long fieldId, String ownerKind, FunnelDtos.Counts counts) {
    }

    List<Group> count(long roundId, String path, Long fieldId, String ownerKind) {
        StringBuilder sql = new StringBuilder("SELECT split_part(substr(os.path, :len + 1), '/', 1) AS child,"
                + " c.field_id, c.owner_kind, " + STAGES + " FROM model_funnel_count c"
                + " JOIN organization_scope os ON os.organization_id = c.organization_id"
                + " WHERE c.round_id = :round AND os.path LIKE :path || '%'");
        if (fieldId != null) {
            sql.append(" AND c.field_id = :field");
        }
        if (ownerKind != null) {
            sql.append(" AND c.owner_kind = :ownerKind");
        }
        sql.append(" GROUP BY 1, 2, 3");
        Query q = em.createNativeQuery(sql.toString()).setParameter("len", path.length()).setParameter("round", roundId)
                .setParameter("path", path); // digits and slashes: nothing to escape
        if (fieldId != null) {
            q.setParameter("field", fieldId);
        }
        if (ownerKind != null) {
            q.setParameter("ownerKind", ownerKind);
        }
        List<Group> groups = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new Group((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                    new FunnelDtos.Counts(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]))));
        }
        return groups;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
