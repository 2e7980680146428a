package vn.danvan.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.directive.DirectiveService;
import vn.danvan.unit.OrganizationService;

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
    TaskAssignmentRepository assignments;

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentService assignmentService;

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

    @Transactional
    public List<ReportDtos.Slot> ofAssignment(long assignmentId) {
        TaskAssignment assignment = assignments.findByIdOptional(assignmentId)
                .orElseThrow(() -> ProblemException.notFound("Giao nhiệm vụ (assignment)", assignmentId));
        Task task = task(assignment.taskId);
        directives.visibleSummary(task.directiveId);
        LocalDate today = clock.today();
        if (task.dueKind != DueKind.DATE) {
            for (ReportingPeriod p : ReportingPeriod.between(Deadlines.periodOf(task.cadence), assignment.createdOn,
                    today)) {
                slots.ensure(assignmentId, p, ReportSchedule.DEFAULT);
            }
        }
        List<ReportSlot> found = slots.ofAssignment(assignmentId);
        Map<Long, List<ReportEvent>> histories = slots.histories(found.stream().map(s -> s.id).toList());
        return found.stream().map(s -> toDto(s, histories.getOrDefault(s.id, List.of()), today)).toList();
    }

    @Transactional
    public ReportDtos.Slot get(long id) {
        ReportSlot slot = require(id);
        directives.visibleSummary(task(assignment(slot).taskId).directiveId);
        return toDto(slot, slots.history(slot.id), clock.today());
    }

    @Transactional
    public ReportDtos.Slot submit(long id, ReportDtos.Submission dto) {
        ReportSlot slot = require(id);
        TaskAssignment assignment = assignment(slot);
        assignmentService.requireReporterOf(assignment, task(assignment.taskId));
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
        ReportDtos.Slot result = toDto(slot, slots.history(slot.id), clock.today());
        audit.record(AUDIT_TYPE, slot.id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId),
                Map.of("status", result.status(), "text", result.text()));
        return result;
    }

    @Transactional
    public ReportDtos.Slot review(long id, ReportDtos.Review dto) {
        ReportSlot slot = require(id);
        TaskAssignment assignment = assignment(slot);
        directives.requireMonitorInScope(task(assignment.taskId).directiveId);
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
        ReportDtos.Slot result = toDto(slot, slots.history(slot.id), clock.today());
        audit.record(AUDIT_TYPE, slot.id, AuditAction.UPDATE, organizations.scopePathOf(assignment.organizationId),
                Map.of("status", result.status(), "comment", String.valueOf(result.reviewComment())));
        return result;
    }

    private ReportDtos.Slot toDto(ReportSlot s, List<ReportEvent> events, LocalDate today) {
        boolean late = s.submittedOn != null && s.submittedOn.isAfter(s.dueDate);
        boolean missing = (s.status == ReportStatus.OPEN || s.status == ReportStatus.RETURNED)
                && today.isAfter(s.dueDate);
        List<ReportDtos.Event> history = events.stream()
                .map(e -> new ReportDtos.Event(e.action, e.actor, e.at, e.text, read(e.figures), e.comment)).toList();
        return new ReportDtos.Slot(s.id, s.assignmentId, s.periodKind, s.period().label(), s.figuresFrom, s.figuresTo,
                s.dueDate, s.status, late, missing, s.text, read(s.figures), s.submittedBy, s.submittedAt, s.reviewedBy,
                s.reviewedAt, s.reviewComment, history, s.version);
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

    private TaskAssignment assignment(ReportSlot slot) {
        return assignments.findById(slot.assignmentId);
    }

    private Task task(long id) {
        return tasks.findById(id);
    }
}
