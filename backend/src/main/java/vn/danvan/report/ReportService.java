package vn.danvan.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.account.PeopleService;
import vn.danvan.account.PeopleService.People;
import vn.danvan.assignment.AssignmentRefDto;
import vn.danvan.assignment.AssignmentService;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.directive.DirectiveService;
import vn.danvan.directive.ReportingCadence;
import vn.danvan.task.DueKind;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Periodic reports: the slots of a recurring or continuous assignment (one per period, made as time reaches it), their
 * submission by the assigned organization, and their acceptance or return by the monitoring body, with the history.
 */
@ApplicationScoped
public class ReportService {

    static final String AUDIT_TYPE = "Report";

    private static final TypeReference<List<ReportDtos.Figure>> FIGURES = new TypeReference<>() {
    };

    @Inject
    ReportSlotRepository slots;

    @Inject
    ReportSlotMapper mapper;

    @Inject
    AssignmentService assignments;

    @Inject
    DirectiveService directives;

    @Inject
    OrganizationService organizations;

    @Inject
    BusinessClock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    AttachmentService attachments;

    @Inject
    UnitScopeService scope;

    @Inject
    PeopleService people;

    @Transactional
    public List<ReportDtos.Slot> ofAssignment(long assignmentId) {
        assignments.readable(assignmentId); // a read makes nothing: slots come with the assignment and the daily job
        return toDtos(slots.ofAssignment(assignmentId), clock.today());
    }

    /**
     * Makes the slots of the period holding the day (and of the one before, should a day have been missed) for every
     * open recurring or continuous assignment, so that lateness is known without anyone opening the assignment.
     */
    @Transactional
    public int ensureCurrentSlots(LocalDate day) {
        int made = 0;
        for (ReportingCadence cadence : ReportingCadence.values()) {
            ReportingPeriod current = ReportingPeriod.containing(Deadlines.periodOf(cadence), day);
            ReportingPeriod previous = ReportingPeriod.containing(Deadlines.periodOf(cadence),
                    current.start().minusDays(1));
            made += slots.ensureForAll(cadence, previous, ReportSchedule.DEFAULT);
            made += slots.ensureForAll(cadence, current, ReportSchedule.DEFAULT);
        }
        return made;
    }

    @Transactional
    public ReportDtos.Slot get(long id) {
        ReportSlot slot = require(id);
        assignments.readable(slot.assignmentId);
        return toDto(slot);
    }

    @Transactional
    public ReportDtos.Slot submit(long id, ReportDtos.Submission dto) {
        ReportSlot slot = require(id);
        AssignmentRefDto assignment = assignment(slot);
        assignments.requireReporterOf(assignment);
        if (dto.version() != slot.version) {
            throw ProblemException.staleVersion(dto.version(), slot.version);
        }
        if (slot.status != ReportStatus.OPEN && slot.status != ReportStatus.RETURNED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    slot.status == ReportStatus.ACCEPTED ? "Báo cáo đã được tiếp nhận (the report was accepted)"
                            : "Báo cáo đã nộp, đang chờ xem xét (the report awaits review)");
        }
        String figures = write(dto.figures() == null ? List.of() : dto.figures());
        String actor = caller.current().username();
        OffsetDateTime now = OffsetDateTime.now();
        slot.status = ReportStatus.SUBMITTED;
        slot.text = dto.text().strip();
        slot.figures = figures;
        slot.submittedBy = actor;
        slot.submittedAt = now;
        slot.submittedOn = clock.today();
        slot.reviewedBy = null;
        slot.reviewedAt = null;
        slot.reviewComment = null;
        slots.flush();
        ReportEvent event = new ReportEvent();
        event.slotId = slot.id;
        event.action = "SUBMITTED";
        event.actor = actor;
        event.at = now;
        event.text = slot.text;
        event.figures = figures;
        slots.record(event);
        ReportDtos.Slot result = toDto(slot);
        audit.record(AUDIT_TYPE, slot.id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId()),
                Map.of("status", result.status(), "text", result.text()));
        return result;
    }

    @Transactional
    public ReportDtos.Slot review(long id, ReportDtos.Review dto) {
        ReportSlot slot = require(id);
        AssignmentRefDto assignment = assignment(slot);
        assignments.requireFollower(slot.assignmentId);
        if (dto.decision() == ReportDtos.Decision.RETURNED && (dto.comment() == null || dto.comment().isBlank())) {
            throw ProblemException.invalid("comment", "bắt buộc khi trả lại (required to return a report)");
        }
        if (dto.version() != slot.version) {
            throw ProblemException.staleVersion(dto.version(), slot.version);
        }
        if (slot.status != ReportStatus.SUBMITTED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Chỉ xem xét được báo cáo đã nộp (only a submitted report can be reviewed)");
        }
        String actor = caller.current().username();
        OffsetDateTime now = OffsetDateTime.now();
        slot.status = dto.decision() == ReportDtos.Decision.ACCEPTED ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        slot.reviewedBy = actor;
        slot.reviewedAt = now;
        slot.reviewComment = dto.comment() == null || dto.comment().isBlank() ? null : dto.comment().strip();
        slots.flush();
        ReportEvent event = new ReportEvent();
        event.slotId = slot.id;
        event.action = dto.decision().name();
        event.actor = actor;
        event.at = now;
        event.comment = slot.reviewComment;
        slots.record(event);
        ReportDtos.Slot result = toDto(slot);
        audit.record(AUDIT_TYPE, slot.id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId()),
                Map.of("status", result.status(), "comment", String.valueOf(result.reviewComment())));
        return result;
    }

    /**
     * Reports of organizations in the caller's scope; or ({@code inbox}) the reports the caller's scope reviews, being
     * the monitoring body (or the issuer, when none is named): submitted ones unless another status is asked for,
     * oldest submission first unless another order is; narrowed by the query's filters.
     */
    @Transactional
    public PageResult<ReportDtos.Slot> list(ReportQuery query, PageRequest page) {
        if (query.organizationId() != null && !query.inbox() && !organizations.inCallerScope(query.organizationId())) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Đơn vị này không thuộc phạm vi của bạn (outside your unit)");
        }
        var found = slots.page(assignments.organizationsIn(scope.scopePath()), query, page.offset(), page.size());
        Map<Long, ReportSlot> byId = found.getKey().isEmpty() ? Map.of() : slots.list("id in ?1", found.getKey())
                .stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
        List<ReportSlot> ordered = found.getKey().stream().map(byId::get).toList();
        return PageResult.capped(toDtos(ordered, clock.today()), page.page(), page.size(), found.getValue(),
                ReportSlotRepository.COUNT_CAP);
    }

    /** The reports of these assignments returned for revision, by due day (at most {@code limit} of them). */
    @Transactional
    public List<ReportDtos.Slot> returnedAmong(Collection<Long> assignmentIds, int limit) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        List<ReportSlot> returned = slots
                .list("assignmentId in ?1 and status = ?2 order by dueDate, id", assignmentIds, ReportStatus.RETURNED)
                .stream().limit(limit).toList();
        return toDtos(returned, clock.today());
    }

    @Transactional
    public List<AttachmentDto> evidence(long id) {
        get(id);
        return attachments.list(AUDIT_TYPE, id);
    }

    @Transactional
    public StoredFile openEvidence(long id, long attachmentId) {
        get(id);
        return attachments.open(AUDIT_TYPE, id, attachmentId);
    }

    /** Evidence is added while the report can be submitted; a submitted or accepted report keeps what it had. */
    @Transactional
    public AttachmentDto addEvidence(long id, String fileName, byte[] content) {
        ReportSlot slot = require(id);
        AssignmentRefDto assignment = assignment(slot);
        assignments.requireReporterOf(assignment);
        AttachmentService.check(content);
        requireEditable(slot);
        AttachmentDto added = attachments.store(AUDIT_TYPE, id, fileName, content);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId()),
                Map.of("attachmentAdded", added));
        return added;
    }

    @Transactional
    public void deleteEvidence(long id, long attachmentId) {
        ReportSlot slot = require(id);
        AssignmentRefDto assignment = assignment(slot);
        assignments.requireReporterOf(assignment);
        attachments.list(AUDIT_TYPE, id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Tệp đính kèm (attachment)", attachmentId));
        requireEditable(slot);
        AttachmentDto removed = attachments.delete(AUDIT_TYPE, id, attachmentId);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId()),
                Map.of("attachmentRemoved", removed));
    }

    private static void requireEditable(ReportSlot slot) {
        if (slot.status != ReportStatus.OPEN && slot.status != ReportStatus.RETURNED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Báo cáo đã nộp, minh chứng giữ nguyên (a submitted report keeps its evidence as it was)");
        }
    }

    ReportDtos.Slot toDto(ReportSlot slot) {
        return toDtos(List.of(slot), clock.today()).get(0);
    }

    /** The slots with their task, organization, evidence and history, read in one query each. */
    List<ReportDtos.Slot> toDtos(List<ReportSlot> list, LocalDate today) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(s -> s.id).toList();
        Map<Long, AssignmentRefDto> assignmentById = assignments
                .refs(list.stream().map(s -> s.assignmentId).distinct().toList());
        Map<Long, OrganizationRefDto> refs = organizations
                .refs(assignmentById.values().stream().map(AssignmentRefDto::organizationId).distinct().toList());
        Map<Long, String> directiveNumbers = directives
                .numbersOf(assignmentById.values().stream().map(a -> a.task().directiveId()).distinct().toList());
        Map<Long, List<ReportEvent>> histories = slots.histories(ids);
        Map<Long, List<AttachmentDto>> evidence = attachments.listOf(AUDIT_TYPE, ids);
        People named = people.byUsername(actorsOf(list, histories, evidence));
        return list.stream().map(s -> {
            AssignmentRefDto a = assignmentById.get(s.assignmentId);
            boolean late = s.submittedOn != null && s.submittedOn.isAfter(s.dueDate);
            boolean missing = (s.status == ReportStatus.OPEN || s.status == ReportStatus.RETURNED)
                    && today.isAfter(s.dueDate);
            List<ReportDtos.Event> history = histories.getOrDefault(s.id, List.of()).stream()
                    .map(e -> new ReportDtos.Event(e.action, e.actor, named.of(e.actor), e.at, e.text, read(e.figures),
                            e.comment))
                    .toList();
            List<AttachmentDto> files = evidence.getOrDefault(s.id, List.of()).stream()
                    .map(f -> AttachmentService.named(f, named)).toList();
            return mapper.toDto(s, a.task(), directiveNumbers.get(a.task().directiveId()), refs.get(a.organizationId()),
                    late, missing, read(s.figures), files, history, named);
        }).toList();
    }

    /** Everyone a page of reports names: submitters, reviewers, the actors of their histories, the uploaders. */
    private static List<String> actorsOf(List<ReportSlot> list, Map<Long, List<ReportEvent>> histories,
            Map<Long, List<AttachmentDto>> evidence) {
        List<String> actors = new ArrayList<>();
        list.forEach(s -> {
            actors.add(s.submittedBy);
            actors.add(s.reviewedBy);
        });
        histories.values().forEach(events -> events.forEach(e -> actors.add(e.actor)));
        evidence.values().forEach(files -> files.forEach(f -> actors.add(f.uploadedBy())));
        return actors;
    }

    private List<ReportDtos.Figure> read(String figures) {
        if (figures == null) {
            return List.of();
        }
        try {
            return json.readValue(figures, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures are not JSON", e);
        }
    }

    private String write(List<ReportDtos.Figure> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures cannot be written", e);
        }
    }

    private ReportSlot require(long id) {
        return slots.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Báo cáo (report)", id));
    }

    private AssignmentRefDto assignment(ReportSlot slot) {
        return assignments.ref(slot.assignmentId);
    }
}
