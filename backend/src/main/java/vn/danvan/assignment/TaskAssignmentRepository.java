package vn.danvan.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.danvan.directive.ReportingCadence;

/**
 * Assignments, and the read model leaders ask for: the bucket of each assignment on a day, computed in SQL with the
 * same rule as {@link Bucket#of} so that a list and a summary of a million rows never load them.
 */
@ApplicationScoped
public class TaskAssignmentRepository implements PanacheRepository<TaskAssignment> {

    @Inject
    PeriodicReporting reporting;

    private static final String DUE = "CASE t.due_kind WHEN 'DATE' THEN t.due_date ELSE CASE t.cadence"
            + " WHEN 'QUARTERLY' THEN CAST(:dueQuarter AS date) WHEN 'HALF_YEARLY' THEN CAST(:dueHalf AS date)"
            + " ELSE CAST(:dueYear AS date) END END";

    /**
     * A period's report of the assignment {@code a} is missing on {@code :asOf}: due before that day and not submitted
     * by then, or returned and not resubmitted (the rule of
     * {@link Bucket#of(LocalDate, LocalDate, LocalDate, boolean)}).
     */
    static final String REPORT_MISSING = "EXISTS (SELECT 1 FROM report_slot r WHERE r.assignment_id = a.id"
            + " AND r.due_date < :asOf AND (r.submitted_on IS NULL OR r.submitted_on > :asOf OR r.status = 'RETURNED'))";

    /**
     * The same, read from the assignment's {@code report_missing_due} (kept by triggers on report_slot): exact for
     * today and later, and what the read model uses then; days in the past read the slots ({@link #REPORT_MISSING}).
     */
    static final String REPORT_MISSING_NOW = "(a.report_missing_due IS NOT NULL AND a.report_missing_due < :asOf)";

    private static String bucket(boolean past) {
        return "CASE WHEN a.completed_on IS NOT NULL AND a.completed_on <= :asOf THEN"
                + " CASE WHEN a.completed_on <= (" + DUE + ") THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END"
                + " WHEN :asOf <= (" + DUE + ") AND NOT (t.due_kind <> 'DATE' AND "
                + (past ? REPORT_MISSING : REPORT_MISSING_NOW) + ") THEN 'OPEN_IN_TIME' ELSE 'OPEN_OVERDUE' END";
    }

    /** Which assignments a question is about: in a scope (a unit path), alive on the day, maybe one organization. */
    public record Scope(List<Long> organizations, Long organizationId, LocalDate asOf, LocalDate dueFrom,
            LocalDate dueTo, LocalDate today) {
    }

    /** Counts of lists stop here: "more than 1,000" is what a person needs to know. */
    static final int COUNT_CAP = 1000;

    /** The counts of one organization. */
    public record Counts(long organizationId, long doneOnTime, long doneLate, long openInTime, long openOverdue,
            long dueSoon, long total) {
    }

    public List<TaskAssignment> ofTask(long taskId) {
        return list("taskId = ?1 order by id", taskId);
    }

    public List<Long> assignedAmong(long taskId, List<Long> organizationIds) {
        return getEntityManager()
                .createQuery("select a.organizationId from TaskAssignment a where a.taskId = :task"
                        + " and a.organizationId in :orgs", Long.class)
                .setParameter("task", taskId).setParameter("orgs", organizationIds).getResultList();
    }

    /** The assignments among these that have a missing period report on the day. */
    @SuppressWarnings("unchecked")
    public java.util.Set<Long> reportMissingAmong(java.util.Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        List<Object> found = getEntityManager()
                .createNativeQuery("SELECT a.id FROM task_assignment a WHERE a.id IN (:ids) AND " + REPORT_MISSING)
                .setParameter("ids", ids).setParameter("asOf", asOf).getResultList();
        java.util.Set<Long> result = new java.util.HashSet<>();
        found.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    /** The roll-up of each of these assignments that has sub-assignments: all levels down, cancelled ones left out. */
    @SuppressWarnings("unchecked")
    public Map<Long, AssignmentDto.Rollup> rollups(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("WITH RECURSIVE below(root, id) AS ("
                + " SELECT c.parent_id, c.id FROM task_assignment c WHERE c.parent_id IN (:ids)"
                + " UNION ALL SELECT b.root, c.id FROM task_assignment c JOIN below b ON c.parent_id = b.id)"
                + " SELECT b.root, count(*), count(*) FILTER (WHERE a.status = 'DONE'), round(avg(a.progress))"
                + " FROM below b JOIN task_assignment a ON a.id = b.id WHERE a.status <> 'CANCELLED' GROUP BY b.root")
                .setParameter("ids", ids).getResultList();
        Map<Long, AssignmentDto.Rollup> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put(((Number) r[0]).longValue(), new AssignmentDto.Rollup(((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return result;
    }

    /** The assignments among these with an explanation asked and not answered yet. */
    public java.util.Set<Long> explanationWaitingAmong(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(getEntityManager().createQuery(
                "select e.assignmentId from Explanation e where e.assignmentId in :ids" + " and e.answer is null",
                Long.class).setParameter("ids", ids).getResultList());
    }

    public List<TaskAssignment> childrenOf(long parentId) {
        return list("parentId = ?1 order by id", parentId);
    }

    private static String rows(Scope scope) {
        return "SELECT a.id, a.organization_id, (" + DUE + ") AS due, (" + bucket(scope.asOf().isBefore(scope.today()))
                + ") AS bucket FROM task_assignment a JOIN task t ON t.id = a.task_id"
                + " WHERE a.status <> 'CANCELLED' AND a.created_on <= :asOf"
                + (scope.organizationId() == null ? " AND a.organization_id = ANY (CAST(:organizations AS bigint[]))"
                        : " AND a.organization_id = :organization");
    }

    private Map<String, Object> params(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", scope.asOf());
        if (scope.organizationId() == null) {
            // plan each question for its own values (a generic plan cannot see them)
            getEntityManager().createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
            // one array parameter: one bind, not one per organization
            params.put("organizations", scope.organizations().toArray(new Long[0]));
        }
        params.put("dueQuarter", reporting.reportDue(ReportingCadence.QUARTERLY, scope.asOf()));
        params.put("dueHalf", reporting.reportDue(ReportingCadence.HALF_YEARLY, scope.asOf()));
        params.put("dueYear", reporting.reportDue(ReportingCadence.YEARLY, scope.asOf()));
        if (scope.organizationId() != null) {
            params.put("organization", scope.organizationId());
        }
        return params;
    }

    private static String dueRange(Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (scope.dueFrom() != null) {
            where.append(" AND x.due >= :dueFrom");
            params.put("dueFrom", scope.dueFrom());
        }
        if (scope.dueTo() != null) {
            where.append(" AND x.due <= :dueTo");
            params.put("dueTo", scope.dueTo());
        }
        return where.toString();
    }

    /** One page of ids, by due date, and how many there are (counted up to {@link #COUNT_CAP} + 1). */
    public Map.Entry<List<Long>, Long> page(Scope scope, Bucket bucket, int offset, int size) {
        Map<String, Object> params = params(scope);
        String where = " WHERE true" + dueRange(scope, params);
        if (bucket != null) {
            where += " AND x.bucket = :bucket";
            params.put("bucket", bucket.name());
        }
        String from = " FROM (" + rows(scope) + ") x" + where;
        Query page = getEntityManager().createNativeQuery(
                "SELECT x.id" + from + " ORDER BY x.due NULLS LAST, x.id OFFSET " + offset + " LIMIT " + size);
        Query count = getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT 1" + from + " LIMIT " + (COUNT_CAP + 1) + ") capped");
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Long> ids = new ArrayList<>();
        for (Object id : page.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return Map.entry(ids, ((Number) count.getSingleResult()).longValue());
    }

    /** The four buckets (and "due soon") per organization. */
    public List<Counts> summary(Scope scope, int dueSoonDays) {
        Map<String, Object> params = params(scope);
        params.put("soon", dueSoonDays);
        Query query = getEntityManager().createNativeQuery("SELECT x.organization_id,"
                + " count(*) FILTER (WHERE x.bucket = 'DONE_ON_TIME'), count(*) FILTER (WHERE x.bucket = 'DONE_LATE'),"
                + " count(*) FILTER (WHERE x.bucket = 'OPEN_IN_TIME'), count(*) FILTER (WHERE x.bucket = 'OPEN_OVERDUE'),"
                + " count(*) FILTER (WHERE x.bucket = 'OPEN_IN_TIME' AND x.due - CAST(:asOf AS date) <= :soon),"
                + " count(*) FROM (" + rows(scope) + ") x WHERE true" + dueRange(scope, params)
                + " GROUP BY x.organization_id");
        params.forEach(query::setParameter);
        List<Counts> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new Counts(((Number) r[0]).longValue(), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return counts;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
