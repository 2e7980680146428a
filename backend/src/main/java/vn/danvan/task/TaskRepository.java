package vn.danvan.task;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Tasks by directive. */
@ApplicationScoped
class TaskRepository implements PanacheRepository<Task> {

    List<Task> ofDirective(long directiveId) {
        return list("directiveId = ?1 order by ordinal", directiveId);
    }

    boolean anyOf(long directiveId) {
        return count("directiveId", directiveId) > 0;
    }

    /** The ordinals among these that the directive uses already (other than the task {@code exceptId}). */
    List<Integer> usedOrdinals(long directiveId, Collection<Integer> ordinals, long exceptId) {
        return getEntityManager()
                .createQuery("select t.ordinal from Task t where t.directiveId = :directive and t.ordinal in :ordinals"
                        + " and t.id <> :except order by t.ordinal", Integer.class)
                .setParameter("directive", directiveId).setParameter("ordinals", ordinals)
                .setParameter("except", exceptId).getResultList();
    }
}
