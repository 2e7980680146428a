package vn.danvan.criteria;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.danvan.criteria.title.RecognitionTitleService;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.directive.DirectiveService;

/**
 * The versions of a title's criteria. A draft is edited as one document (rule, period, groups, criteria) or filled from
 * an .xlsx; publishing freezes it; a revision is a copy into a new draft with the next version number; a published
 * version is retired, never changed, so that every case keeps the version it was judged by.
 */
@ApplicationScoped
public class CriteriaSetService {

    static final String AUDIT_TYPE = "CriteriaSet";

    @Inject
    CriteriaSetRepository sets;

    @Inject
    RecognitionTitleRepository titles;

    @Inject
    RecognitionTitleService titleService;

    @Inject
    CriteriaDocument document;

    @Inject
    CriteriaSetReadMapper reader;

    @Inject
    CriteriaWriteMapper writer;

    @Inject
    CriteriaAccess access;

    @Inject
    DirectiveService directives;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Transactional
    public List<CriteriaDtos.SetSummary> list(long titleId) {
        RecognitionTitle title = titleService.require(titleId);
        access.requireReader(title);
        List<CriteriaSet> found = sets.ofTitle(titleId);
        Map<Long, Integer> counts = sets.criteriaCounts(found.stream().map(s -> s.id).toList());
        return found.stream().map(s -> reader.toSummary(s, counts.getOrDefault(s.id, 0))).toList();
    }

    @Transactional
    public CriteriaDtos.Set create(long titleId, CriteriaDtos.SetWrite dto) {
        RecognitionTitle title = titleService.require(titleId);
        access.requireChanger(title);
        document.check(dto);
        requireReadableDirective(dto.directiveId());
        lockVersions(title);
        CriteriaSet set = new CriteriaSet();
        set.titleId = titleId;
        set.versionNo = sets.nextVersionNo(titleId);
        set.status = CriteriaSetStatus.DRAFT;
        set.createdAt = OffsetDateTime.now();
        describe(set, dto);
        sets.persistAndFlush(set);
        document.write(set.id, dto.groups(), dto.criteria());
        CriteriaDtos.Set result = document.read(set);
        audit.record(AUDIT_TYPE, set.id, AuditAction.CREATE, access.auditPathOf(title), result);
        return result;
    }

    @Transactional
    public CriteriaDtos.Set get(long id) {
        CriteriaSet set = require(id);
        access.requireReader(titleOf(set));
        return document.read(set);
    }

    @Transactional
    public CriteriaDtos.Set update(long id, CriteriaDtos.SetUpdate dto) {
        CriteriaSet set = require(id);
        RecognitionTitle title = titleOf(set);
        access.requireChanger(title);
        requireDraft(set);
        requireVersion(set, dto.version());
        CriteriaDtos.SetWrite d = dto.document();
        document.check(d);
        requireReadableDirective(d.directiveId());
        describe(set, d);
        sets.removeParts(id);
        document.write(id, d.groups(), d.criteria());
        newVersion(set, dto.version());
        CriteriaDtos.Set result = document.read(set);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.auditPathOf(title), result);
        return result;
    }

    @Transactional
    public void delete(long id) {
        CriteriaSet set = require(id);
        RecognitionTitle title = titleOf(set);
        access.requireChanger(title);
        requireDraft(set);
        CriteriaDtos.Set removed = document.read(set);
        sets.delete(set); // its groups and criteria go with it (ON DELETE CASCADE)
        sets.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, access.auditPathOf(title), removed);
    }

    @Transactional
    public CriteriaDtos.Set revise(long id) {
        CriteriaSet source = require(id);
        RecognitionTitle title = titleOf(source);
        access.requireChanger(title);
        lockVersions(title);
        CriteriaSet copy = new CriteriaSet();
        copy.titleId = source.titleId;
        copy.versionNo = sets.nextVersionNo(source.titleId);
        copy.status = CriteriaSetStatus.DRAFT;
        copy.copiedFromId = source.id;
        copy.name = source.name;
        copy.level = source.level;
        copy.directiveId = source.directiveId;
        copy.effectiveFrom = source.effectiveFrom;
        copy.effectiveTo = source.effectiveTo;
        copy.notes = source.notes;
        copy.demo = source.demo;
        copy.createdAt = OffsetDateTime.now();
        writer.applyRule(reader.toRule(source), copy);
        sets.persistAndFlush(copy);
        document.copy(source.id, copy.id);
        CriteriaDtos.Set result = document.read(copy);
        audit.record(AUDIT_TYPE, copy.id, AuditAction.CREATE, access.auditPathOf(title), result);
        return result;
    }

    @Transactional
    public CriteriaDtos.Set publish(long id, CriteriaDtos.Transition dto) {
        CriteriaSet set = require(id);
        RecognitionTitle title = titleOf(set);
        access.requireChanger(title);
        requireDraft(set);
        requireVersion(set, dto.version());
        CriteriaDtos.Set current = document.read(set);
        if (current.criteria().isEmpty()) {
            throw ProblemException.invalid("criteria", "bộ chưa có tiêu chí nào (the set has no criterion)");
        }
        if (set.passRule == PassRule.SCORE && set.passingScore != null
                && set.passingScore.compareTo(current.totalMaxPoints()) > 0) {
            throw ProblemException.invalid("rule.passingScore",
                    "điểm đạt lớn hơn tổng điểm tối đa " + current.totalMaxPoints().stripTrailingZeros().toPlainString()
                            + " (the passing score is over the total of the max points)");
        }
        set.status = CriteriaSetStatus.PUBLISHED;
        set.publishedAt = OffsetDateTime.now();
        set.publishedBy = caller.current().username();
        sets.flush();
        CriteriaDtos.Set result = document.read(set);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.auditPathOf(title), result);
        return result;
    }

    @Transactional
    public CriteriaDtos.Set retire(long id, CriteriaDtos.Transition dto) {
        CriteriaSet set = require(id);
        RecognitionTitle title = titleOf(set);
        access.requireChanger(title);
        if (set.status != CriteriaSetStatus.PUBLISHED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Bộ tiêu chí đang ở trạng thái " + set.status
                            + ", chỉ bộ đã ban hành mới thôi áp dụng được (the set is " + set.status
                            + ": only a published set is retired)");
        }
        requireVersion(set, dto.version());
        set.status = CriteriaSetStatus.RETIRED;
        sets.flush();
        CriteriaDtos.Set result = document.read(set);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.auditPathOf(title), result);
        return result;
    }

    /** The set's groups and criteria as an .xlsx in the template's columns. */
    @Transactional
    public byte[] export(long id) {
        CriteriaDtos.Set set = get(id);
        return CriteriaWorkbook.of(set);
    }

    /** The empty template, with one example row per kind. */
    public byte[] template() {
        return CriteriaWorkbook.template();
    }

    /**
     * Replaces a draft's groups and criteria with those of an .xlsx: every row is checked first, and nothing is saved
     * when any is wrong. The rule and period stay; the variants and questions go (the template has no columns for
     * them). The file is read only once the caller may change the draft.
     */
    @Transactional
    public CriteriaDtos.Set importSheet(long id, long version, Supplier<byte[]> workbook) {
        CriteriaSet set = require(id);
        RecognitionTitle title = titleOf(set);
        access.requireChanger(title);
        requireDraft(set);
        requireVersion(set, version);
        CriteriaSheet.Parsed parsed = CriteriaSheet.read(workbook.get());
        sets.removeParts(id);
        document.write(id, parsed.groups(), parsed.criteria());
        newVersion(set, version);
        CriteriaDtos.Set result = document.read(set);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.auditPathOf(title),
                Map.of("imported", parsed.criteria().size(), "set", result));
        return result;
    }

    private void describe(CriteriaSet set, CriteriaDtos.SetWrite d) {
        set.name = d.name().strip();
        set.level = CriteriaDocument.blankToNull(d.level());
        set.effectiveFrom = d.effectiveFrom();
        set.effectiveTo = d.effectiveTo();
        set.directiveId = d.directiveId();
        set.notes = CriteriaDocument.blankToNull(d.notes());
        writer.applyRule(d.rule(), set);
    }

    /** The parts are the set: a change to them alone is a new version too (once, whatever changed). */
    private void newVersion(CriteriaSet set, long before) {
        sets.flush();
        if (set.version == before) {
            sets.getEntityManager().lock(set, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            sets.flush();
        }
    }

    /** Versions of a title are numbered one at a time: a second draft waits for the first to commit. */
    private void lockVersions(RecognitionTitle title) {
        titles.getEntityManager().lock(title, LockModeType.PESSIMISTIC_WRITE);
    }

    private void requireReadableDirective(Long directiveId) {
        if (directiveId == null) {
            return;
        }
        try {
            directives.visibleSummary(directiveId);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ProblemException.invalid("directiveId", "văn bản không tồn tại (no such directive)");
            }
            throw ProblemException.outOfScope("directiveId",
                    "văn bản nằm ngoài phạm vi của bạn (the directive is outside your reach)");
        }
    }

    private static void requireDraft(CriteriaSet set) {
        if (set.status != CriteriaSetStatus.DRAFT) {
            throw new ProblemException(ProblemType.FROZEN,
                    "Bộ tiêu chí phiên bản " + set.versionNo + " đã "
                            + (set.status == CriteriaSetStatus.PUBLISHED ? "ban hành" : "thôi áp dụng")
                            + ", không sửa được: hãy tạo phiên bản mới (version " + set.versionNo + " is " + set.status
                            + " and frozen: revise it into a new draft)");
        }
    }

    private static void requireVersion(CriteriaSet set, long version) {
        if (version != set.version) {
            throw ProblemException.staleVersion(version, set.version);
        }
    }

    private CriteriaSet require(long id) {
        return sets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Bộ tiêu chí (criteria set)", id));
    }

    private RecognitionTitle titleOf(CriteriaSet set) {
        return titleService.require(set.titleId);
    }
}
