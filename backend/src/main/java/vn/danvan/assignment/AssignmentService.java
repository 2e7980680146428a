package vn.danvan.assignment;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.CurrentUser;
import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.directive.DirectiveService;
import vn.danvan.task.DueKind;
import vn.danvan.task.TaskRefDto;
import vn.danvan.task.TaskService;
import vn.danvan.unit.OrganizationRefDto;
import vn.danvan.unit.OrganizationService;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;

/**
 * Assignments: giving a task to organizations (listed, or described by kind, level and unit), their status reports, and
 * the buckets leaders read: per assignment, per organization, on any day.
 */
@ApplicationScoped
public class AssignmentService {

    static final String AUDIT_TYPE = "Assignment";

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Inject
    TaskAssignmentRepository assignments;

    @Inject
    TaskService tasks;

    @Inject
    PeriodicReporting reporting;

    @Inject
    AssignmentReadMapper mapper;

    @Inject
    DirectiveService directives;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    UnitScopeService scope;

    @Inject
    BusinessClock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Transactional
    public List<AssignmentDto> ofTask(long taskId) {
        TaskRefDto task = tasks.ref(taskId);
        directives.visibleSummary(task.directiveId());
        return toDtos(assignments.ofTask(taskId), clock.today());
    }

    @Transactional
    public AssignmentDto get(long id) {
        TaskAssignment assignment = require(id);
        directives.visibleSummary(tasks.ref(assignment.taskId).directiveId());
        return toDtos(List.of(assignment), clock.today()).get(0);
    }

    @Transactional
    public List<AssignmentDto> assign(long taskId, AssignmentTargetsDto targets) {
        TaskRefDto task = tasks.ref(taskId);
        String path = directives.requireIssuerInScope(task.directiveId());
        return create(task, resolve(targets, clock.today()), null, clock.today(), path);
    }

    @Transactional
    public List<AssignmentDto> subAssignments(long id) {
        TaskAssignment parent = require(id);
        directives.visibleSummary(tasks.ref(parent.taskId).directiveId());
        return toDtos(assignments.childrenOf(id), clock.today());
    }

    /**
     * Breaks an assignment down to organizations of lower units (cascade): the assigned organization's people (or the
     * issuer's editors) choose organizations in its unit or below; each gets its own assignment of the same task.
     */
    @Transactional
    public List<AssignmentDto> subAssign(long id, AssignmentTargetsDto targets) {
        TaskAssignment parent = require(id);
        TaskRefDto task = tasks.ref(parent.taskId);
        requireReporterOf(parent.organizationId, task);
        if (parent.status == AssignmentStatus.CANCELLED || parent.status == AssignmentStatus.DONE) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Nhiệm vụ đã kết thúc, không giao tiếp được (the assignment is closed)");
        }
        LocalDate today = clock.today();
        List<Long> chosen = resolve(targets, today);
        String parentPath = organizations.scopePathOf(parent.organizationId);
        for (Long organizationId : chosen) {
            String path = organizations.scopePathOf(organizationId);
            if (!path.startsWith(parentPath) || path.equals(parentPath)) {
                throw ProblemException.invalid(targets.kind() != null ? "underUnitId" : "organizationIds",
                        "chỉ giao cho đơn vị cấp dưới của đơn vị được giao (only organizations below the assigned one)");
            }
        }
        return create(task, chosen, parent.id, today, parentPath);
    }

    private List<AssignmentDto> create(TaskRefDto task, List<Long> chosen, Long parentId, LocalDate today,
            String auditPath) {
        Set<Long> assigned = new HashSet<>(assignments.assignedAmong(task.id(), chosen));
        List<Long> fresh = chosen.stream().filter(id -> !assigned.contains(id)).toList();
        if (fresh.isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Các đơn vị này đã được giao nhiệm vụ (every organization has this task already)");
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<TaskAssignment> created = new ArrayList<>();
        for (Long organizationId : fresh) {
            TaskAssignment a = new TaskAssignment();
            a.taskId = task.id();
            a.organizationId = organizationId;
            a.parentId = parentId;
            a.status = AssignmentStatus.NOT_STARTED;
            a.createdAt = now;
            a.createdOn = today;
            assignments.persist(a);
            created.add(a);
        }
        assignments.flush();
        if (task.dueKind() != DueKind.DATE) {
            created.forEach(a -> reporting.openCurrentPeriod(a.id, task.cadence(), today));
        }
        List<AssignmentDto> result = toDtos(created, today);
        result.forEach(dto -> audit.record(AUDIT_TYPE, dto.id(), AuditAction.CREATE, auditPath, dto));
        return result;
    }

    private List<Long> resolve(AssignmentTargetsDto targets, LocalDate today) {
        boolean listed = targets.organizationIds() != null && !targets.organizationIds().isEmpty();
        if (listed == (targets.kind() != null)) {
            throw ProblemException.invalid("organizationIds",
                    "nêu danh sách đơn vị hoặc loại đơn vị, không cả hai (give organizationIds or kind, not both)");
        }
        if (listed) {
            Set<Long> wanted = new LinkedHashSet<>(targets.organizationIds());
            List<Long> current = organizations.currentAmong(wanted, today);
            if (current.size() != wanted.size()) {
                throw ProblemException.invalid("organizationIds",
                        "có đơn vị không tồn tại hoặc đã giải thể (an unknown or ended organization)");
            }
            return current;
        }
        if (targets.underUnitId() == null) {
            throw ProblemException.invalid("underUnitId", "bắt buộc khi giao theo loại đơn vị (required with kind)");
        }
        String path = units.pathOf(targets.underUnitId())
                .orElseThrow(() -> ProblemException.invalid("underUnitId", "đơn vị không tồn tại (no such unit)"));
        List<Long> found = organizations.currentOfKindUnder(targets.kind(), targets.level(), path, today);
        if (found.isEmpty()) {
            throw ProblemException.invalid("kind", "không có đơn vị nào như vậy (no organization matches)");
        }
        return found;
    }

    @Transactional
    public AssignmentDto update(long id, AssignmentUpdateDto dto) {
        TaskAssignment assignment = require(id);
        requireReporterOf(assignment.organizationId, tasks.ref(assignment.taskId));
        if (dto.version() != assignment.version) {
            throw ProblemException.staleVersion(dto.version(), assignment.version);
        }
        LocalDate today = clock.today();
        LocalDate completedOn = dto.completedOn();
        if (dto.status() == AssignmentStatus.DONE) {
            if (completedOn == null) {
                throw ProblemException.invalid("completedOn", "bắt buộc khi hoàn thành (required when DONE)");
            }
            if (completedOn.isAfter(today)) {
                throw ProblemException.invalid("completedOn", "không thể ở tương lai (cannot be in the future)");
            }
            if (completedOn.isBefore(assignment.createdOn)) {
                throw ProblemException.invalid("completedOn",
                        "trước ngày được giao nhiệm vụ (before the task was assigned)");
            }
        } else if (completedOn != null) {
            throw ProblemException.invalid("completedOn",
                    "chỉ nhiệm vụ hoàn thành có ngày hoàn thành (only a DONE assignment has one)");
        }
        assignment.status = dto.status();
        assignment.completedOn = completedOn;
        assignment.progress = switch (dto.status()) {
        case DONE -> 100;
        case NOT_STARTED -> 0;
        default -> dto.progress();
        };
        assignments.flush();
        AssignmentDto result = toDtos(List.of(assignment), today).get(0);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId), result);
        return result;
    }

    /** The assigned organization's own people report on an assignment; the issuer's editors may correct. */
    public void requireReporterOf(AssignmentRefDto assignment) {
        requireReporterOf(assignment.organizationId(), assignment.task());
    }

    private void requireReporterOf(long organizationId, TaskRefDto task) {
        CurrentUser user = caller.current();
        OrganizationRefDto organization = organizations.refs(List.of(organizationId)).get(organizationId);
        if (organization != null && organization.code().equals(user.organizationCode())) {
            return;
        }
        if (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) {
            directives.requireIssuerInScope(task.directiveId());
            return;
        }
        throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                "Chỉ báo cáo cho đơn vị của mình (you report for your own organization only)");
    }

    @Transactional
    public PageResult<AssignmentDto> list(Long organizationId, Bucket bucket, LocalDate asOf, PageRequest page) {
        if (organizationId != null && !organizations.inCallerScope(organizationId)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Đơn vị này không thuộc phạm vi của bạn (outside your unit)");
        }
        LocalDate day = asOf != null ? asOf : clock.today();
        var found = assignments.page(
                new TaskAssignmentRepository.Scope(scope.scopePath(), organizationId, day, null, null, clock.today()),
                bucket, page.offset(), page.size());
        Map<Long, TaskAssignment> byId = assignments.list("id in ?1", found.getKey()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<TaskAssignment> ordered = found.getKey().stream().map(byId::get).toList();
        return PageResult.capped(toDtos(ordered, day), page.page(), page.size(), found.getValue(),
                TaskAssignmentRepository.COUNT_CAP);
    }

    @Transactional
    public AssignmentSummaryDto summary(Long unitId, LocalDate asOf, LocalDate dueFrom, LocalDate dueTo,
            int dueSoonDays) {
        String path = scope.scopePath();
        if (unitId != null) {
            path = units.pathOf(unitId)
                    .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
            scope.requireInScope(path);
        }
        LocalDate day = asOf != null ? asOf : clock.today();
        List<TaskAssignmentRepository.Counts> counts = assignments.summary(
                new TaskAssignmentRepository.Scope(path, null, day, dueFrom, dueTo, clock.today()), dueSoonDays);
        Map<Long, OrganizationRefDto> refs = organizations
                .refs(counts.stream().map(TaskAssignmentRepository.Counts::organizationId).toList());
        AssignmentSummaryDto.BucketCounts totals = new AssignmentSummaryDto.BucketCounts(0, 0, 0, 0, 0, 0);
        List<AssignmentSummaryDto.Row> rows = new ArrayList<>();
        for (TaskAssignmentRepository.Counts c : counts) {
            AssignmentSummaryDto.BucketCounts row = new AssignmentSummaryDto.BucketCounts(c.doneOnTime(), c.doneLate(),
                    c.openInTime(), c.openOverdue(), c.dueSoon(), c.total());
            totals = totals.plus(row);
            rows.add(new AssignmentSummaryDto.Row(refs.get(c.organizationId()), row));
        }
        rows.sort(Comparator.comparing(r -> r.organization().name(), VIETNAMESE));
        return new AssignmentSummaryDto(day, rows, totals);
    }

    /** The summary as an .xlsx workbook, named after the scope's unit. */
    @Transactional
    public byte[] summaryWorkbook(Long unitId, LocalDate asOf, LocalDate dueFrom, LocalDate dueTo, int dueSoonDays) {
        AssignmentSummaryDto summary = summary(unitId, asOf, dueFrom, dueTo, dueSoonDays);
        String scopeName = unitId != null ? units.nameOf(unitId) : scope.homeUnitName();
        return SummaryWorkbook.of(summary, scopeName, dueFrom, dueTo);
    }

    /** The open assignments (not started, in progress) of an organization given by the day, read on that day. */
    @Transactional
    public List<AssignmentDto> openOf(long organizationId, LocalDate day) {
        return toDtos(assignments.list("organizationId = ?1 and status in ?2 and createdOn <= ?3 order by id",
                organizationId, List.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS), day), day);
    }

    /** An assignment as other features need it, without the visibility check: the caller makes its own. */
    @Transactional
    public AssignmentRefDto ref(long id) {
        TaskAssignment assignment = require(id);
        return mapper.toRef(assignment, tasks.ref(assignment.taskId));
    }

    /** Several assignments as other features need them, by id (an id with no assignment is left out). */
    @Transactional
    public Map<Long, AssignmentRefDto> refs(Collection<Long> ids) {
        return refsOf(ids.isEmpty() ? List.of() : assignments.list("id in ?1", ids));
    }

    /** The assignments of a task, oldest first, as other features need them (for demo data). */
    @Transactional
    public List<AssignmentRefDto> refsOfTask(long taskId) {
        return List.copyOf(refsOf(assignments.ofTask(taskId)).values());
    }

    /**
     * The organizations of units in a scope (a unit path), as the assignments' read model takes them: read first and
     * passed as values (see {@link TaskAssignmentRepository#organizationsIn}).
     */
    @Transactional
    public List<Long> organizationsIn(String scopePath) {
        return assignments.organizationsIn(scopePath);
    }

    private Map<Long, AssignmentRefDto> refsOf(List<TaskAssignment> list) {
        Map<Long, TaskRefDto> taskById = tasks.refs(list.stream().map(a -> a.taskId).distinct().toList());
        Map<Long, AssignmentRefDto> result = new java.util.LinkedHashMap<>();
        list.forEach(a -> result.put(a.id, mapper.toRef(a, taskById.get(a.taskId))));
        return result;
    }

    /** The deadline an assignment is measured against on a day: its task's date, or the report of that day's period. */
    private LocalDate dueOn(TaskRefDto task, LocalDate asOf) {
        return task.dueKind() == DueKind.DATE ? task.dueDate() : reporting.reportDue(task.cadence(), asOf);
    }

    List<AssignmentDto> toDtos(List<TaskAssignment> list, LocalDate asOf) {
        Map<Long, TaskRefDto> taskById = list.isEmpty() ? Map.of()
                : tasks.refs(list.stream().map(a -> a.taskId).distinct().toList());
        Map<Long, OrganizationRefDto> refs = organizations.refs(list.stream().map(a -> a.organizationId).toList());
        List<Long> ids = list.stream().map(a -> a.id).toList();
        Set<Long> missing = assignments.reportMissingAmong(ids, asOf);
        Map<Long, AssignmentDto.Rollup> rollups = assignments.rollups(ids);
        Set<Long> waiting = assignments.explanationWaitingAmong(ids);
        int soon = 7;
        return list.stream().map(a -> {
            TaskRefDto t = taskById.get(a.taskId);
            LocalDate due = dueOn(t, asOf);
            LocalDate completed = a.status == AssignmentStatus.DONE ? a.completedOn : null;
            Bucket bucket = Bucket.of(due, completed, asOf, missing.contains(a.id));
            boolean dueSoon = bucket == Bucket.OPEN_IN_TIME && Bucket.dueSoon(due, completed, asOf, soon);
            return mapper.toDto(a, t, refs.get(a.organizationId), due, bucket, dueSoon, rollups.get(a.id),
                    waiting.contains(a.id));
        }).toList();
    }

    private TaskAssignment require(long id) {
        return assignments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Giao nhiệm vụ (assignment)", id));
    }
}
