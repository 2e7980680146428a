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
     * One page of slot ids and how many there are (counted up to the cap + 1), in one statement each: of assigned
     * organizations in the scope (the organizations of its units, read first and passed as values); or ({@code inbox})
     * of tasks whose issuer or monitoring body is in the scope (those who review); narrowed by the query's filters and
     * in its order.
     */
    public java.util.Map.Entry<List<Long>, Long> page(List<Long> organizations, ReportQuery q, int offset, int size) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        // the scope's organizations as one array parameter: one bind, not one per organization
        params.put("organizations", organizations.toArray(new Long[0]));
        StringBuilder where = new StringBuilder(q.inbox()
                ? "(d.issuer_id = ANY (CAST(:organizations AS bigint[]))"
                        + " OR d.monitoring_organization_id = ANY (CAST(:organizations AS bigint[])))"
                : "a.organization_id = ANY (CAST(:organizations AS bigint[]))");
        ReportStatus status = q.wantedStatus();
        if (status != null) {
            where.append(" AND s.status = :status");
            params.put("status", status.name());
        }
        if (q.organizationId() != null) {
            where.append(" AND a.organization_id = :organization");
            params.put("organization", q.organizationId());
        }
        if (q.taskId() != null) {
            where.append(" AND a.task_id = :task");
            params.put("task", q.taskId());
        }
        if (q.directiveId() != null) {
            where.append(" AND t.directive_id = :directive");
            params.put("directive", q.directiveId());
        }
        if (q.period() != null) {
            where.append(" AND s.period_kind = :period");
            params.put("period", q.period().name());
        }
        if (q.dueFrom() != null) {
            where.append(" AND s.due_date >= :dueFrom");
            params.put("dueFrom", q.dueFrom());
        }
        if (q.dueTo() != null) {
            where.append(" AND s.due_date <= :dueTo");
            params.put("dueTo", q.dueTo());
        }
        if (q.late() != null) {
            // as ReportDtos.Slot#late: submitted (on its last submission) after the due day
            where.append(q.late() ? " AND s.submitted_on > s.due_date"
                    : " AND (s.submitted_on IS NULL OR s.submitted_on <= s.due_date)");
        }
        List<String> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            // every word somewhere: in the task's title, the organization's code or name, or the report's text
            where.append(" AND (dv_fold(t.title) LIKE dv_fold(:w").append(i)
                    .append(") OR o.search_text LIKE dv_fold(:w").append(i)
                    .append(") OR dv_fold(coalesce(s.text, '')) LIKE dv_fold(:w").append(i).append("))");
            params.put("w" + i, words.get(i));
        }
        ReportSort order = q.order();
        boolean task = q.inbox() || q.directiveId() != null || !words.isEmpty() || order.needsTask();
        boolean organization = !words.isEmpty() || order.needsOrganization();
        String from = " FROM report_slot s JOIN task_assignment a ON a.id = s.assignment_id"
                + (task ? " JOIN task t ON t.id = a.task_id" : "")
                + (q.inbox() ? " JOIN directive d ON d.id = t.directive_id" : "")
                + (organization ? " JOIN organization o ON o.id = a.organization_id" : "") + " WHERE " + where;
        var page = getEntityManager().createNativeQuery(
                "SELECT s.id" + from + " ORDER BY " + order.orderBy() + " OFFSET " + offset + " LIMIT " + size);
        var count = getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT 1" + from + " LIMIT " + (COUNT_CAP + 1) + ") c");
        for (var query : List.of(page, count)) {
            params.forEach(query::setParameter);
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
