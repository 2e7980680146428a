package vn.danvan.assignment.explanation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.assignment.AssignmentDto;
import vn.danvan.assignment.AssignmentService;
import vn.danvan.assignment.Bucket;
import vn.danvan.assignment.TaskAssignment;
import vn.danvan.assignment.TaskAssignmentRepository;
import vn.danvan.account.PeopleService;
import vn.danvan.account.PeopleService.People;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Explanations (giải trình): the issuing or monitoring body demands one of an organization whose assignment is overdue;
 * the organization answers once, and question and answer are kept with who and when.
 */
@ApplicationScoped
public class ExplanationService {

    static final String AUDIT_TYPE = "Explanation";

    @Inject
    ExplanationRepository explanations;

    @Inject
    ExplanationMapper mapper;

    @Inject
    TaskAssignmentRepository assignments;

    @Inject
    AssignmentService assignmentService;

    @Inject
    OrganizationService organizations;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    PeopleService people;

    /** The explanations with their askers and answerers named, in one query for all of them. */
    private List<ExplanationDtos.View> views(List<Explanation> list) {
        People named = people.byUsername(list.stream().flatMap(e -> Stream.of(e.requestedBy, e.answeredBy)).toList());
        return list.stream().map(e -> mapper.toView(e, named)).toList();
    }

    private ExplanationDtos.View view(Explanation explanation) {
        return views(List.of(explanation)).get(0);
    }

    @Transactional
    public List<ExplanationDtos.View> ofAssignment(long assignmentId) {
        assignmentService.get(assignmentId);
        return views(explanations.ofAssignment(assignmentId));
    }

    /** The explanations asked of these assignments and not answered yet, oldest first. */
    @Transactional
    public List<ExplanationDtos.View> waitingAmong(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return views(explanations.list("assignmentId in ?1 and answer is null order by id", assignmentIds));
    }

    @Transactional
    public ExplanationDtos.View get(long id) {
        Explanation explanation = require(id);
        assignmentService.get(explanation.assignmentId);
        return view(explanation);
    }

    @Transactional
    public ExplanationDtos.View request(long assignmentId, ExplanationDtos.Request dto) {
        AssignmentDto assignment = assignmentService.get(assignmentId);
        String path = assignmentService.requireFollower(assignmentId);
        if (assignment.bucket() != Bucket.OPEN_OVERDUE) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Chỉ yêu cầu giải trình nhiệm vụ quá hạn (only an overdue assignment can be asked to explain)");
        }
        if (explanations.waiting(assignmentId)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Yêu cầu giải trình trước chưa được trả lời (an earlier explanation awaits its answer)");
        }
        Explanation e = new Explanation();
        e.assignmentId = assignmentId;
        e.question = dto.question().strip();
        e.requestedBy = caller.current().username();
        e.requestedAt = OffsetDateTime.now();
        explanations.persistAndFlush(e);
        ExplanationDtos.View result = view(e);
        audit.record(AUDIT_TYPE, e.id, AuditAction.CREATE, path, result);
        return result;
    }

    @Transactional
    public ExplanationDtos.View answer(long id, ExplanationDtos.Answer dto) {
        Explanation e = require(id);
        String path = requireAssignedOrganization(e.assignmentId);
        if (dto.version() != e.version) {
            throw ProblemException.staleVersion(dto.version(), e.version);
        }
        if (e.answer != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Đã giải trình, nội dung được lưu nguyên (already answered; the answer is kept as it was)");
        }
        e.answer = dto.answer().strip();
        e.answeredBy = caller.current().username();
        e.answeredAt = OffsetDateTime.now();
        explanations.flush();
        ExplanationDtos.View result = view(e);
        audit.record(AUDIT_TYPE, e.id, AuditAction.UPDATE, path, Map.of("answer", result.answer()));
        return result;
    }

    /**
     * An explanation is the assigned organization's own account: only its people answer (not the province on its
     * behalf, as it may for reports). Returns the audit path.
     */
    private String requireAssignedOrganization(long assignmentId) {
        TaskAssignment assignment = assignments.findById(assignmentId);
        OrganizationRefDto organization = organizations.refs(List.of(assignment.organizationId))
                .get(assignment.organizationId);
        if (organization == null || !organization.code().equals(caller.current().organizationCode())) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ đơn vị được giao mới giải trình (only the assigned organization answers)");
        }
        return organizations.scopePathOf(assignment.organizationId);
    }

    private Explanation require(long id) {
        return explanations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Giải trình (explanation)", id));
    }
}
