package vn.danvan.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Report slots of assignments, and their history. */
@ApplicationScoped
class ReportSlotRepository implements PanacheRepository<ReportSlot> {

    /** Counts of lists stop here: "more than 1,000" is what a person needs to know. */
    static final int COUNT_CAP = 1000;

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

    /**
     * One page of slot ids and how many there are (counted up to the cap + 1): of assigned organizations in the scope
     * (the organizations of its units, read first and passed as values), by due day newest first; or ({@code inbox}) of
     * tasks whose issuer or monitoring body is in the scope (those who review), oldest submission first.
     */
    public java.util.Map.Entry<List<Long>, Long> page(List<Long> organizations, boolean inbox, ReportStatus status,
            Long organizationId, int offset, int size) {
        // the scope's organizations as one array parameter: one bind, not one per organization
        String owner = inbox
                ? "(d.issuer_id = ANY (CAST(:organizations AS bigint[]))"
                        + " OR d.monitoring_organization_id = ANY (CAST(:organizations AS bigint[])))"
                : "a.organization_id = ANY (CAST(:organizations AS bigint[]))";
        String from = " FROM report_slot s JOIN task_assignment a ON a.id = s.assignment_id"
                + (inbox ? " JOIN task t ON t.id = a.task_id JOIN directive d ON d.id = t.directive_id" : "")
                + " WHERE " + owner + (status == null ? "" : " AND s.status = :status")
                + (organizationId == null ? "" : " AND a.organization_id = :organization");
        String order = inbox ? " ORDER BY s.submitted_at NULLS LAST, s.id" : " ORDER BY s.due_date DESC, s.id DESC";
        var page = getEntityManager()
                .createNativeQuery("SELECT s.id" + from + order + " OFFSET " + offset + " LIMIT " + size);
        var count = getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT 1" + from + " LIMIT " + (COUNT_CAP + 1) + ") c");
        for (var q : List.of(page, count)) {
            q.setParameter("organizations", organizations.toArray(new Long[0]));
            if (status != null) {
                q.setParameter("status", status.name());
            }
            if (organizationId != null) {
                q.setParameter("organization", organizationId);
            }
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (Object id : page.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return java.util.Map.entry(ids, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Makes the period's slot of every open recurring or continuous assignment of that cadence given by the period's
     * end, in one statement; returns how many were made.
     */
    public int ensureForAll(vn.danvan.directive.ReportingCadence cadence, ReportingPeriod period,
            ReportSchedule schedule) {
        return getEntityManager().createNativeQuery("INSERT INTO report_slot (assignment_id, period_kind, period_year,"
                + " period_index, figures_from, figures_to, due_date, status) SELECT a.id, :k, :y, :i, :from, :to, :due,"
                + " 'OPEN' FROM task_assignment a JOIN task t ON t.id = a.task_id WHERE t.due_kind <> 'DATE'"
                + " AND t.cadence = :cadence AND a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND a.created_on <= :end"
                + " ON CONFLICT (assignment_id, period_kind, period_year, period_index) DO NOTHING")
                .setParameter("k", period.kind().name()).setParameter("y", period.year())
                .setParameter("i", period.index()).setParameter("from", schedule.figuresFrom(period))
                .setParameter("to", schedule.figuresTo(period)).setParameter("due", schedule.due(period))
                .setParameter("cadence", cadence.name()).setParameter("end", period.end()).executeUpdate();
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
