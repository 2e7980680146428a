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
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

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

    // ---- the authorization model for assignments (README, "Authorization") ------------------------------------

    /**
     * Who reads an assignment and everything that hangs on it (report slots, evidence, explanations, sub-assignments):
     * the scope of the assigned organization, of the directive's issuer or monitoring body, and of the organizations
     * above it in its cascade. Not every reader of the directive; never an integration client.
     */
    boolean canRead(TaskAssignment assignment, TaskRefDto task) {
        return !caller.current().integrationOnly()
                && (canReadOwnOrCascade(assignment) || directives.followedByCaller(task.directiveId()));
    }

    /** The assigned organization's scope, or the scope of an organization above it in its cascade. */
    private boolean canReadOwnOrCascade(TaskAssignment assignment) {
        if (organizations.inCallerScope(assignment.organizationId)) {
            return true;
        }
        TaskAssignment up = parentOf(assignment);
        for (int hop = 0; up != null && hop < 10; hop++, up = parentOf(up)) {
            if (organizations.inCallerScope(up.organizationId)) {
                return true;
            }
        }
        return false;
    }

    private TaskAssignment parentOf(TaskAssignment assignment) {
        return assignment.parentId == null ? null : assignments.findById(assignment.parentId);
    }

    private TaskAssignment requireReadable(long id) {
        TaskAssignment assignment = require(id);
        if (!canRead(assignment, tasks.ref(assignment.taskId))) {
            throw outOfScope();
        }
        return assignment;
    }

    /** For the features hanging records on an assignment: 404, or 403 unless the caller reads it. */
    @Transactional
    public AssignmentRefDto readable(long id) {
        TaskAssignment assignment = requireReadable(id);
        return mapper.toRef(assignment, tasks.ref(assignment.taskId));
    }

    /**
     * What belongs to those who follow the directive (reviews, cancellations, asking for explanations): people whose
     * scope holds its issuer or its monitoring body, as set by someone entitled to set it. Returns the audit path.
     */
    @Transactional
    public String requireFollower(long id) {
        TaskAssignment assignment = require(id);
        if (!directives.followedByCaller(tasks.ref(assignment.taskId).directiveId())) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ đơn vị ban hành hoặc theo dõi văn bản mới làm việc này"
                            + " (only the issuing or monitoring body may do this)");
        }
        return organizations.scopePathOf(assignment.organizationId);
    }

    private static ProblemException outOfScope() {
        return new ProblemException(ProblemType.OUT_OF_SCOPE,
                "Nhiệm vụ này không giao cho đơn vị của bạn, bạn cũng không theo dõi nó"
                        + " (not assigned to your unit, nor followed by it)");
    }

    // ---- reads and writes ---------------------------------------------------------------------------------------

    /** The assignments of a task the caller reads: all of them for its followers, their own for the others. */
    @Transactional
    public List<AssignmentDto> ofTask(long taskId) {
        TaskRefDto task = tasks.ref(taskId);
        directives.visibleSummary(task.directiveId());
        if (caller.current().integrationOnly()) {
            throw outOfScope();
        }
        List<TaskAssignment> all = assignments.ofTask(taskId);
        List<TaskAssignment> readable = directives.followedByCaller(task.directiveId()) ? all
                : all.stream().filter(this::canReadOwnOrCascade).toList();
        return toDtos(readable, clock.today());
    }

    @Transactional
    public AssignmentDto get(long id) {
        return toDtos(List.of(requireReadable(id)), clock.today()).get(0);
    }

    @Transactional
    public List<AssignmentDto> assign(long taskId, AssignmentTargetsDto targets) {
        Targets resolved = targetsOf(taskId, targets);
        return create(resolved.task(), resolved.fresh(), null, clock.today(), resolved.auditPath());
    }

    /** What {@link #assign} would do with these targets (the same checks and answers), writing nothing. */
    @Transactional
    public AssignmentPreviewDto previewAssign(long taskId, AssignmentTargetsDto targets) {
        Targets resolved = targetsOf(taskId, targets);
        Map<Long, OrganizationRefDto> refs = organizations.refs(resolved.fresh());
        // Vietnamese order by collation keys, made once per organization (as in the summary)
        Collator collator = (Collator) VIETNAMESE.clone();
        Map<Long, java.text.CollationKey> keys = new java.util.HashMap<>();
        refs.values().forEach(o -> keys.put(o.id(), collator.getCollationKey(o.name())));
        List<OrganizationRefDto> ordered = refs.values().stream().sorted(Comparator
                .comparing((OrganizationRefDto o) -> keys.get(o.id())).thenComparing(OrganizationRefDto::code))
                .toList();
        return new AssignmentPreviewDto(ordered, ordered.size(), resolved.alreadyAssigned());
    }

    /**
     * The organizations a task would be given to (checked and resolved once for {@link #assign} and
     * {@link #previewAssign}): the caller's scope must hold the directive's issuer (403), the targets be valid (400)
     * and within the issuer's reach (403), and at least one not have the task yet (409).
     */
    private Targets targetsOf(long taskId, AssignmentTargetsDto targets) {
        TaskRefDto task = tasks.ref(taskId);
        String path = directives.requireIssuerInScope(task.directiveId());
        List<Long> chosen = resolve(targets, clock.today());
        String reach = directives.issuerReach(task.directiveId());
        if (!organizations.scopePaths(chosen).values().stream().allMatch(p -> p.startsWith(reach))) {
            throw ProblemException.outOfScope("organizationIds",
                    "có đơn vị nằm ngoài phạm vi của cơ quan ban hành (an organization outside the issuer's reach)");
        }
        List<Long> fresh = notYetAssigned(task, chosen);
        return new Targets(task, path, fresh, chosen.size() - fresh.size());
    }

    /** Resolved targets: those still to be given the task, how many of those described have it already. */
    private record Targets(TaskRefDto task, String auditPath, List<Long> fresh, int alreadyAssigned) {
    }

    /** The chosen organizations that do not have the task yet; 409 when every one has it. */
    private List<Long> notYetAssigned(TaskRefDto task, List<Long> chosen) {
        Set<Long> assigned = new HashSet<>(assignments.assignedAmong(task.id(), chosen));
        List<Long> fresh = chosen.stream().filter(id -> !assigned.contains(id)).toList();
        if (fresh.isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Các đơn vị này đã được giao nhiệm vụ (every organization has this task already)");
        }
        return fresh;
    }

    @Transactional
    public List<AssignmentDto> subAssignments(long id) {
        requireReadable(id);
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
        return create(task, notYetAssigned(task, chosen), parent.id, today, parentPath);
    }

    /** Gives the task to these organizations (none of which has it yet), one audited assignment each. */
    private List<AssignmentDto> create(TaskRefDto task, List<Long> fresh, Long parentId, LocalDate today,
            String auditPath) {
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
        directives.addReaders(task.directiveId(), fresh);
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
        if (!scope.reaches(path)) {
            throw ProblemException.outOfScope("underUnitId",
                    "đơn vị nằm ngoài phạm vi của bạn (the unit is outside your reach)");
        }
        List<Long> found = organizations.currentOfKindUnder(targets.kind(), targets.level(), path, today);
        if (found.isEmpty()) {
            throw ProblemException.invalid("kind", "không có đơn vị nào như vậy (no organization matches)");
        }
        return found;
    }

    @Transactional
    public AssignmentDto update(long id, AssignmentUpdateDto dto) {
        TaskAssignment assignment = require(id);
        if (dto.status() == AssignmentStatus.CANCELLED || assignment.status == AssignmentStatus.CANCELLED) {
            // cancelling (or undoing it) is the call of the issuer's or the monitor's editors
            if (!caller.current().hasRole(Role.EDITOR) && !caller.current().hasRole(Role.ADMIN)) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        "Chỉ biên tập viên mới hủy giao nhiệm vụ (only an editor cancels an assignment)");
            }
            requireFollower(id);
        } else {
            requireReporterOf(assignment.organizationId, tasks.ref(assignment.taskId));
        }
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
        if (organizations.inCallerScope(organizationId)) {
            return;
        }
        if ((user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN))
                && directives.issuerInCallerScope(task.directiveId())) {
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
        var found = assignments.page(new TaskAssignmentRepository.Scope(
                organizationId == null ? organizationsIn(scope.scopePath()) : List.of(), organizationId, day, null,
                null, clock.today()), bucket, page.offset(), page.size());
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
                new TaskAssignmentRepository.Scope(organizationsIn(path), null, day, dueFrom, dueTo, clock.today()),
                dueSoonDays);
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
        // Vietnamese order by collation keys, made once per row (Collator.compare normalizes on every call and is
        // synchronized: sorting with it cost more than the summary's SQL)
        Collator collator = (Collator) VIETNAMESE.clone();
        Map<AssignmentSummaryDto.Row, java.text.CollationKey> keys = new java.util.IdentityHashMap<>();
        rows.forEach(r -> keys.put(r, collator.getCollationKey(r.organization().name())));
        rows.sort(Comparator.comparing(keys::get));
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
     * The organizations of units in a scope (a unit path), as the assignments' read model takes them: read first (one
     * index range scan in the unit feature) and passed as values, so that the planner knows how many there are.
     */
    @Transactional
    public List<Long> organizationsIn(String scopePath) {
        return organizations.idsInScope(scopePath);
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
