package vn.danvan.target;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Targets, and which of them a caller's scope reads: the scope unit's scope path (unit_scope.path, which follows an
 * abolished unit's successors) on one line with the caller's — under it, or above it.
 */
@ApplicationScoped
class TargetRepository implements PanacheRepository<Target> {

    /** The filters of a list, read and checked by the service. */
    record Filter(String callerPath, String underPath, Long directiveId, Integer year) {
    }

    List<Target> ofDirective(long directiveId) {
        return list("directiveId = ?1 order by position, id", directiveId);
    }

    int nextPosition(long directiveId) {
        Integer max = getEntityManager()
                .createQuery("select max(t.position) from Target t where t.directiveId = :d", Integer.class)
                .setParameter("d", directiveId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    boolean anyOf(long directiveId) {
        return count("directiveId", directiveId) > 0;
    }

    /** One page of the ids of the targets a filter keeps, by deadline, directive, position. */
    List<Long> page(Filter f, int offset, int limit) {
        Query q = bind(getEntityManager().createNativeQuery("SELECT t.id" + where(f)
                + " ORDER BY t.deadline, t.directive_id, t.position, t.id OFFSET :offset LIMIT :limit"), f)
                        .setParameter("offset", offset).setParameter("limit", limit);
        return ((List<?>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    long count(Filter f) {
        return ((Number) bind(getEntityManager().createNativeQuery("SELECT count(*)" + where(f)), f).getSingleResult())
                .longValue();
    }

    /** The targets of these ids in the order given. */
    List<Target> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Target> byId = new java.util.HashMap<>();
        list("id in ?1", ids).forEach(t -> byId.put(t.id, t));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(
                " FROM target t JOIN unit_scope s ON s.unit_id = t.scope_unit_id WHERE (s.path LIKE :mine || '%'"
                        + " OR :mine LIKE s.path || '%')");
        if (f.underPath() != null) {
            sql.append(" AND s.path LIKE :under || '%'");
        }
        if (f.directiveId() != null) {
            sql.append(" AND t.directive_id = :directive");
        }
        if (f.year() != null) {
            sql.append(" AND t.deadline BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)");
        }
        return sql.toString();
    }

    private static Query bind(Query q, Filter f) {
        q.setParameter("mine", f.callerPath());
        if (f.underPath() != null) {
            q.setParameter("under", f.underPath());
        }
        if (f.directiveId() != null) {
            q.setParameter("directive", f.directiveId());
        }
        if (f.year() != null) {
            q.setParameter("year", f.year());
        }
        return q;
    }
}
