package vn.danvan.task;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Report slots of assignments, and their history. */
@ApplicationScoped
public class ReportSlotRepository implements PanacheRepository<ReportSlot> {

    public List<ReportSlot> ofAssignment(long assignmentId) {
        return list("assignmentId = ?1 order by figuresFrom, id", assignmentId);
    }

    /** Makes the slot of a period unless it exists (safe when two requests race). */
    public void ensure(long assignmentId, ReportingPeriod period, ReportSchedule schedule) {
        getEntityManager().createNativeQuery("INSERT INTO report_slot (assignment_id, period_kind, period_year,"
                + " period_index, figures_from, figures_to, due_date, status) VALUES (:a, :k, :y, :i, :from, :to, :due,"
                + " 'OPEN') ON CONFLICT (assignment_id, period_kind, period_year, period_index) DO NOTHING")
                .setParameter("a", assignmentId).setParameter("k", period.kind().name())
                .setParameter("y", period.year()).setParameter("i", period.index())
                .setParameter("from", schedule.figuresFrom(period)).setParameter("to", schedule.figuresTo(period))
                .setParameter("due", schedule.due(period)).executeUpdate();
    }

    public List<ReportEvent> history(long slotId) {
        return getEntityManager()
                .createQuery("from ReportEvent e where e.slotId = :slot order by e.id", ReportEvent.class)
                .setParameter("slot", slotId).getResultList();
    }

    /** The histories of several slots in one query, by slot. */
    public java.util.Map<Long, List<ReportEvent>> histories(List<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return java.util.Map.of();
        }
        return getEntityManager()
                .createQuery("from ReportEvent e where e.slotId in :slots order by e.id", ReportEvent.class)
                .setParameter("slots", slotIds).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.slotId));
    }

    public void record(ReportEvent event) {
        getEntityManager().persist(event);
    }
}
