package vn.danvan.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.account.PeopleService;
import vn.danvan.account.PeopleService.People;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.directive.DirectiveService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * A directive's tasks: who may see them (whoever sees the directive), who may write them (editors whose scope holds the
 * directive's issuer), and the rules of a due rule.
 */
@ApplicationScoped
public class TaskService {

    static final String AUDIT_TYPE = "Task";

    @Inject
    TaskRepository tasks;

    @Inject
    DirectiveService directives;

    @Inject
    OrganizationService organizations;

    @Inject
    TaskMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    PeopleService people;

    @Transactional
    public List<TaskDto> ofDirective(long directiveId) {
        directives.visibleSummary(directiveId);
        List<Task> list = tasks.ofDirective(directiveId);
        People authors = people.byUsername(list.stream().map(t -> t.createdBy).toList());
        return list.stream().map(t -> toDto(t, authors)).toList();
    }

    @Transactional
    public TaskDto get(long id) {
        Task task = require(id);
        directives.visibleSummary(task.directiveId);
        return toDto(task);
    }

    /** A task as other features need it, without the visibility check: the caller makes its own. */
    @Transactional
    public TaskRefDto ref(long id) {
        return mapper.toRef(require(id));
    }

    /** Several tasks as other features need them, by id (an id with no task is left out). */
    @Transactional
    public Map<Long, TaskRefDto> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tasks.list("id in ?1", ids).stream().map(mapper::toRef)
                .collect(Collectors.toMap(TaskRefDto::id, Function.identity()));
    }

    /** The tasks an actor wrote, oldest first (for demo data). */
    @Transactional
    public List<TaskRefDto> createdBy(String actor) {
        return tasks.list("createdBy = ?1 order by id", actor).stream().map(mapper::toRef).toList();
    }

    /** All or nothing: every task is checked before any is written. */
    @Transactional
    public List<TaskDto> createAll(long directiveId, TaskBatchDto batch) {
        String path = directives.requireIssuerInScope(directiveId);
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> ordinals = new HashSet<>();
        for (int i = 0; i < batch.tasks().size(); i++) {
            TaskWriteDto dto = batch.tasks().get(i);
            errors.addAll(check(dto, "tasks[" + i + "]."));
            if (!ordinals.add(dto.ordinal())) {
                errors.add(new FieldError("tasks[" + i + "].ordinal", "số thứ tự lặp lại (a repeated ordinal)"));
            }
        }
        reject(errors);
        for (int i = 0; i < batch.tasks().size(); i++) {
            requireWithinIssuerReach(directiveId, batch.tasks().get(i), "tasks[" + i + "].");
        }
        List<Integer> used = tasks.usedOrdinals(directiveId, ordinals, -1L);
        if (!used.isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Văn bản đã có nhiệm vụ số " + used + " (the directive has these ordinals already)");
        }
        List<TaskDto> created = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        People author = people.byUsername(List.of(caller.current().username()));
        for (TaskWriteDto dto : batch.tasks()) {
            Task task = new Task();
            task.directiveId = directiveId;
            task.createdBy = caller.current().username();
            task.createdAt = now;
            write(task, dto);
            tasks.persist(task);
            tasks.flush();
            directives.addReaders(directiveId, workers(task));
            TaskDto result = toDto(task, author);
            audit.record(AUDIT_TYPE, task.id, AuditAction.CREATE, path, result);
            created.add(result);
        }
        return created;
    }

    @Transactional
    public TaskDto update(long id, TaskWriteDto dto) {
        Task task = require(id);
        String path = directives.requireIssuerInScope(task.directiveId);
        if (dto.version() == null) {
            throw ProblemException.invalid("version", "bắt buộc (required)");
        }
        if (dto.version() != task.version) {
            throw ProblemException.staleVersion(dto.version(), task.version);
        }
        reject(check(dto, ""));
        requireWithinIssuerReach(task.directiveId, dto, "");
        if (!tasks.usedOrdinals(task.directiveId, List.of(dto.ordinal()), id).isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Văn bản đã có nhiệm vụ số " + dto.ordinal() + " (the ordinal is taken)");
        }
        write(task, dto);
        tasks.flush();
        directives.addReaders(task.directiveId, workers(task));
        TaskDto result = toDto(task);
        audit.record(AUDIT_TYPE, task.id, AuditAction.UPDATE, path, result);
        return result;
    }

    private List<FieldError> check(TaskWriteDto dto, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> coordinators = new LinkedHashSet<>(
                dto.coordinatingOrganizationIds() == null ? List.of() : dto.coordinatingOrganizationIds());
        List<Long> named = new ArrayList<>(coordinators);
        named.add(dto.leadOrganizationId());
        Map<Long, OrganizationRefDto> known = organizations.refs(named);
        if (!known.containsKey(dto.leadOrganizationId())) {
            errors.add(new FieldError(prefix + "leadOrganizationId", "đơn vị không tồn tại (no such organization)"));
        }
        if (!known.keySet().containsAll(coordinators)) {
            errors.add(new FieldError(prefix + "coordinatingOrganizationIds",
                    "có đơn vị không tồn tại (an unknown organization)"));
        }
        if (coordinators.contains(dto.leadOrganizationId())) {
            errors.add(new FieldError(prefix + "coordinatingOrganizationIds",
                    "đơn vị chủ trì không đồng thời phối hợp (the lead is not also coordinating)"));
        }
        if (dto.dueKind() == DueKind.DATE && dto.dueDate() == null) {
            errors.add(new FieldError(prefix + "dueDate", "bắt buộc khi có thời hạn (required for a DATE task)"));
        }
        if (dto.dueKind() != DueKind.DATE && dto.cadence() == null) {
            errors.add(new FieldError(prefix + "cadence",
                    "bắt buộc với nhiệm vụ định kỳ, thường xuyên (required for RECURRING and CONTINUOUS tasks)"));
        }
        if (dto.midTermReviewDate() != null && dto.finalReviewDate() != null
                && dto.finalReviewDate().isBefore(dto.midTermReviewDate())) {
            errors.add(new FieldError(prefix + "finalReviewDate", "trước ngày sơ kết (before midTermReviewDate)"));
        }
        return errors;
    }

    /** The lead and coordinating organizations must be within what the directive's issuer reaches (403 naming them). */
    private void requireWithinIssuerReach(long directiveId, TaskWriteDto dto, String prefix) {
        String reach = directives.issuerReach(directiveId);
        List<Long> named = new ArrayList<>(
                dto.coordinatingOrganizationIds() == null ? List.of() : dto.coordinatingOrganizationIds());
        named.add(dto.leadOrganizationId());
        Map<Long, String> paths = organizations.scopePaths(named);
        if (!paths.getOrDefault(dto.leadOrganizationId(), "").startsWith(reach)) {
            throw ProblemException.outOfScope(prefix + "leadOrganizationId",
                    "đơn vị chủ trì nằm ngoài phạm vi của cơ quan ban hành (the lead is outside the issuer's reach)");
        }
        if (!paths.values().stream().allMatch(p -> p.startsWith(reach))) {
            throw ProblemException.outOfScope(prefix + "coordinatingOrganizationIds",
                    "đơn vị phối hợp nằm ngoài phạm vi của cơ quan ban hành (outside the issuer's reach)");
        }
    }

    /** The organizations a task gives work to: they read the directive from then on. */
    private static List<Long> workers(Task task) {
        List<Long> ids = new ArrayList<>(task.coordinatingOrganizationIds);
        ids.add(task.leadOrganizationId);
        return ids;
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Kiểm tra lại các trường được nêu (check the fields listed)", errors);
        }
    }

    private void write(Task task, TaskWriteDto dto) {
        mapper.apply(dto, task);
        if (dto.dueKind() != DueKind.DATE) {
            task.dueDate = null;
        }
        task.coordinatingOrganizationIds.clear();
        if (dto.coordinatingOrganizationIds() != null) {
            task.coordinatingOrganizationIds.addAll(dto.coordinatingOrganizationIds());
        }
    }

    private TaskDto toDto(Task task) {
        return toDto(task, people.byUsername(List.of(task.createdBy)));
    }

    private TaskDto toDto(Task task, People authors) {
        List<Long> named = new ArrayList<>(task.coordinatingOrganizationIds);
        named.add(task.leadOrganizationId);
        Map<Long, OrganizationRefDto> refs = organizations.refs(named);
        return mapper.toDto(task, refs.get(task.leadOrganizationId),
                task.coordinatingOrganizationIds.stream().map(refs::get).toList(), authors);
    }

    private Task require(long id) {
        return tasks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Nhiệm vụ (task)", id));
    }
}
