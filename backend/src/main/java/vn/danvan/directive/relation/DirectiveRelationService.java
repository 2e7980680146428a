package vn.danvan.directive.relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.directive.Directive;
import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveRepository;
import vn.danvan.directive.DirectiveService;
import vn.danvan.directive.DirectiveSummaryDto;
import vn.danvan.directive.DirectiveType;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;

/** Relations between directives: adding one (linked now or waiting for its target) and reading the chain. */
@ApplicationScoped
public class DirectiveRelationService {

    private static final int MAX_DEPTH = 5;

    @Inject
    DirectiveRelationRepository relations;

    @Inject
    DirectiveRepository directives;

    @Inject
    DirectiveService directiveService;

    @Inject
    AuditLog audit;

    @Inject
    RelationMapper mapper;

    @Transactional
    public RelationDto add(long sourceId, RelationWriteDto dto) {
        Directive source = directiveService.require(sourceId);
        directiveService.requireWritable(source);
        boolean byId = dto.targetId() != null;
        boolean byNumber = dto.targetNumber() != null && !dto.targetNumber().isBlank();
        if (byId == byNumber) {
            throw ProblemException.invalid("targetId",
                    "nêu đúng một trong targetId hoặc targetNumber (give exactly one of targetId or targetNumber)");
        }
        DirectiveRelation relation = new DirectiveRelation();
        relation.sourceId = sourceId;
        relation.kind = dto.kind();
        if (byId) {
            if (dto.targetId() == sourceId) {
                throw ProblemException.invalid("targetId", "không thể liên kết với chính nó (cannot relate to itself)");
            }
            Directive target = directives.findByIdOptional(dto.targetId()).orElseThrow(
                    () -> ProblemException.invalid("targetId", "văn bản không tồn tại (no such directive)"));
            if (!directiveService.canRead(target)) {
                throw ProblemException.outOfScope("targetId",
                        "văn bản liên kết nằm ngoài phạm vi của bạn (the directive is outside your reach)");
            }
            relation.targetId = target.id;
        } else {
            DirectiveNumber number = DirectiveNumber.parse(dto.targetNumber().strip());
            relation.targetNumberText = number.text();
            relation.targetNumberKey = number.normalized();
            relation.targetType = dto.targetType();
            relation.targetIssueDate = dto.targetIssueDate();
            if (relation.targetNumberKey.equals(source.numberKey)) {
                throw ProblemException.invalid("targetNumber",
                        "không thể liên kết với chính nó (cannot relate to itself)");
            }
        }
        if (relations.exists(sourceId, relation.kind, relation.targetId, relation.targetNumberKey)) {
            throw new ProblemException(ProblemType.DUPLICATE, "Liên kết này đã có (this relation exists already)");
        }
        relations.persistAndFlush(relation);
        if (relation.targetId == null) {
            linkIfRegistered(relation);
        }
        RelationDto result = step(relation, 1, true);
        audit.record(DirectiveService.AUDIT_TYPE, sourceId, AuditAction.UPDATE, directiveService.auditPath(source),
                Map.of("relationAdded", result));
        return result;
    }

    /** What the directive implements (up, following targets) and what implements it (down, following sources). */
    @Transactional
    public RelationChainDto chain(long id) {
        directiveService.require(id);
        if (!directiveService.isVisible(id)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Văn bản này không do đơn vị của bạn ban hành hay nhận (not issued by or sent to your unit)");
        }
        return new RelationChainDto(walk(id, true), walk(id, false));
    }

    private List<RelationDto> walk(long start, boolean up) {
        List<RelationDto> steps = new ArrayList<>();
        Set<Long> seen = new HashSet<>(List.of(start));
        Deque<long[]> queue = new ArrayDeque<>();
        queue.add(new long[] { start, 0 });
        while (!queue.isEmpty()) {
            long[] at = queue.poll();
            int depth = (int) at[1] + 1;
            if (depth > MAX_DEPTH) {
                continue;
            }
            for (DirectiveRelation r : up ? relations.from(at[0]) : relations.to(at[0])) {
                Long next = up ? r.targetId : r.sourceId;
                boolean hidden = next != null && !directiveService.isVisible(next);
                if (hidden && !up) {
                    continue; // a directive the caller cannot read that cites this one is not shown at all
                }
                steps.add(hidden ? mapper.toCited(r, depth) : step(r, depth, up));
                if (next != null && !hidden && seen.add(next)) {
                    queue.add(new long[] { next, depth });
                }
            }
        }
        return steps;
    }

    private void linkIfRegistered(DirectiveRelation relation) {
        directives.find("numberKey = ?1 and id <> ?2 order by id", relation.targetNumberKey, relation.sourceId).stream()
                .filter(d -> relation.targetType == null || relation.targetType == d.type)
                .filter(d -> relation.targetIssueDate == null
                        || (d.issueDate != null && d.issueDate.getYear() == relation.targetIssueDate.getYear()))
                .findFirst().ifPresent(d -> relation.targetId = d.id);
        relations.flush();
    }

    private RelationDto step(DirectiveRelation r, int depth, boolean up) {
        Long otherId = up ? r.targetId : r.sourceId;
        Directive other = otherId == null ? null : directives.findById(otherId);
        DirectiveSummaryDto summary = other != null && directiveService.isVisible(other.id)
                ? directiveService.summary(other) : null;
        DirectiveNumber number = other != null
                ? (other.numberText == null ? null : DirectiveNumber.parse(other.numberText))
                : DirectiveNumber.parse(r.targetNumberText);
        DirectiveType type = other != null ? other.type : r.targetType;
        return mapper.toStep(r, depth, summary, number, type, other != null ? other.issueDate : r.targetIssueDate);
    }
}
