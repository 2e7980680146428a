package vn.danvan.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;

/**
 * A set's groups and criteria as one document: checked as a whole (every mistake named at once), written in place of
 * what a draft had, read back with indicators under their criterion, and copied into a revision.
 */
@ApplicationScoped
class CriteriaDocument {

    /** Criteria and indicators together, in a set or an .xlsx (its row limit). */
    static final int MAX_ROWS = 2_000;

    @Inject
    CriteriaSetRepository sets;

    @Inject
    CriteriaSetReadMapper reader;

    @Inject
    CriteriaWriteMapper writer;

    /** The mistakes the contract's schema cannot state, named by their JSON path. */
    void check(CriteriaDtos.SetWrite d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
            errors.add(new FieldError("effectiveTo", "trước ngày bắt đầu hiệu lực (before effectiveFrom)"));
        }
        if (d.rule().passRule() == PassRule.SCORE && d.rule().passingScore() == null) {
            errors.add(
                    new FieldError("rule.passingScore", "bắt buộc khi xét theo điểm (required with the SCORE rule)"));
        }
        Set<String> groupCodes = new HashSet<>();
        for (int i = 0; i < d.groups().size(); i++) {
            if (!groupCodes.add(d.groups().get(i).code().strip())) {
                errors.add(new FieldError("groups[" + i + "].code", "mã nhóm bị trùng (a group code is repeated)"));
            }
        }
        Set<String> codes = new HashSet<>();
        int rows = 0;
        for (int i = 0; i < d.criteria().size(); i++) {
            CriteriaDtos.Criterion c = d.criteria().get(i);
            String at = "criteria[" + i + "]";
            String group = blankToNull(c.groupCode());
            if (group != null && !groupCodes.contains(group)) {
                errors.add(new FieldError(at + ".groupCode", "không có nhóm này trong bộ (no such group in the set)"));
            }
            checkRow(errors, at, codes, c.code(), c.kind(), c.maxPoints(), c.comparison(), c.threshold(), c.variants());
            rows++;
            List<CriteriaDtos.Indicator> indicators = orEmpty(c.indicators());
            for (int j = 0; j < indicators.size(); j++) {
                CriteriaDtos.Indicator n = indicators.get(j);
                checkRow(errors, at + ".indicators[" + j + "]", codes, n.code(), n.kind(), n.maxPoints(),
                        n.comparison(), n.threshold(), n.variants());
                rows++;
            }
        }
        if (rows > MAX_ROWS) {
            errors.add(new FieldError("criteria",
                    "quá " + MAX_ROWS + " tiêu chí và chỉ tiêu (more than " + MAX_ROWS + " criteria and indicators)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Kiểm tra lại các trường được nêu (check the fields listed)", errors);
        }
    }

    private static void checkRow(List<FieldError> errors, String at, Set<String> codes, String code, CriterionKind kind,
            BigDecimal maxPoints, String comparison, BigDecimal threshold, List<CriteriaDtos.Variant> variants) {
        if (!codes.add(code.strip())) {
            errors.add(new FieldError(at + ".code", "mã bị trùng trong bộ (the code is repeated in the set)"));
        }
        if (kind == CriterionKind.SCORED && maxPoints == null) {
            errors.add(new FieldError(at + ".maxPoints", "bắt buộc với tiêu chí chấm điểm (required with SCORED)"));
        }
        if (kind == CriterionKind.NUMERIC && comparison == null) {
            errors.add(new FieldError(at + ".comparison", "bắt buộc với tiêu chí định lượng (required with NUMERIC)"));
        }
        if (kind == CriterionKind.NUMERIC && threshold == null) {
            errors.add(new FieldError(at + ".threshold", "bắt buộc với tiêu chí định lượng (required with NUMERIC)"));
        }
        Set<Integer> groups = new HashSet<>();
        List<CriteriaDtos.Variant> all = orEmpty(variants);
        for (int k = 0; k < all.size(); k++) {
            if (!groups.add(all.get(k).communeGroup())) {
                errors.add(new FieldError(at + ".variants[" + k + "].communeGroup",
                        "nhóm xã bị trùng (the commune group is repeated)"));
            }
        }
    }

    /** Writes the groups and criteria of a set that has none (a new draft, or one whose parts were removed). */
    void write(long setId, List<CriteriaDtos.Group> groups, List<CriteriaDtos.Criterion> criteria) {
        Map<String, Long> groupIds = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            CriteriaDtos.Group g = groups.get(i);
            CriteriaGroup group = writer.newGroup(new CriteriaDtos.Group(g.code().strip(), g.name().strip()), setId,
                    i + 1);
            sets.persistPart(group);
            groupIds.put(group.code, group.id);
        }
        for (int i = 0; i < criteria.size(); i++) {
            CriteriaDtos.Criterion c = criteria.get(i);
            String groupCode = blankToNull(c.groupCode());
            Long groupId = groupCode == null ? null : groupIds.get(groupCode);
            Criterion criterion = writer.newCriterion(c, setId, groupId, i + 1);
            tidy(criterion);
            sets.persistPart(criterion);
            writeExtras(criterion.id, c.variants(), c.questions());
            List<CriteriaDtos.Indicator> indicators = orEmpty(c.indicators());
            for (int j = 0; j < indicators.size(); j++) {
                CriteriaDtos.Indicator n = indicators.get(j);
                Criterion indicator = writer.newIndicator(n, setId, groupId, criterion.id, j + 1);
                tidy(indicator);
                sets.persistPart(indicator);
                writeExtras(indicator.id, n.variants(), n.questions());
            }
        }
        sets.flush();
    }

    private void writeExtras(long criterionId, List<CriteriaDtos.Variant> variants, List<String> questions) {
        for (CriteriaDtos.Variant v : orEmpty(variants)) {
            CriterionVariant variant = new CriterionVariant();
            variant.criterionId = criterionId;
            variant.communeGroup = v.communeGroup().shortValue();
            variant.threshold = v.threshold();
            variant.note = blankToNull(v.note());
            sets.persistPart(variant);
        }
        List<String> all = orEmpty(questions);
        for (int i = 0; i < all.size(); i++) {
            CriterionQuestion question = new CriterionQuestion();
            question.criterionId = criterionId;
            question.position = i + 1;
            question.text = all.get(i).strip();
            sets.persistPart(question);
        }
    }

    /** Copies a set's groups, criteria, indicators, variants and questions into another (a revision). */
    void copy(long fromSetId, long toSetId) {
        Map<Long, Long> groupIds = new HashMap<>();
        for (CriteriaGroup g : sets.groups(fromSetId)) {
            CriteriaGroup copy = writer.newGroup(reader.toDto(g), toSetId, g.position);
            sets.persistPart(copy);
            groupIds.put(g.id, copy.id);
        }
        List<Criterion> all = sets.criteria(fromSetId);
        Map<Long, Long> criterionIds = new HashMap<>();
        // criteria before their indicators, so that a parent's new id is known
        for (boolean indicators : new boolean[] { false, true }) {
            for (Criterion c : all) {
                if ((c.parentId != null) != indicators) {
                    continue;
                }
                Criterion copy = writer.copy(c, toSetId, c.groupId == null ? null : groupIds.get(c.groupId),
                        c.parentId == null ? null : criterionIds.get(c.parentId));
                sets.persistPart(copy);
                criterionIds.put(c.id, copy.id);
            }
        }
        for (CriterionVariant v : sets.variants(fromSetId)) {
            CriterionVariant copy = new CriterionVariant();
            copy.criterionId = criterionIds.get(v.criterionId);
            copy.communeGroup = v.communeGroup;
            copy.threshold = v.threshold;
            copy.note = v.note;
            sets.persistPart(copy);
        }
        for (CriterionQuestion q : sets.questions(fromSetId)) {
            CriterionQuestion copy = new CriterionQuestion();
            copy.criterionId = criterionIds.get(q.criterionId);
            copy.position = q.position;
            copy.text = q.text;
            sets.persistPart(copy);
        }
        sets.flush();
    }

    /** The whole set: groups, criteria with their indicators, variants and questions, the total of max points. */
    CriteriaDtos.Set read(CriteriaSet set) {
        List<CriteriaGroup> groups = sets.groups(set.id);
        Map<Long, String> groupCodes = groups.stream().collect(Collectors.toMap(g -> g.id, g -> g.code));
        Map<Long, List<CriteriaDtos.Variant>> variants = new HashMap<>();
        sets.variants(set.id)
                .forEach(v -> variants.computeIfAbsent(v.criterionId, k -> new ArrayList<>()).add(reader.toDto(v)));
        Map<Long, List<String>> questions = new HashMap<>();
        sets.questions(set.id)
                .forEach(q -> questions.computeIfAbsent(q.criterionId, k -> new ArrayList<>()).add(q.text));
        List<Criterion> all = sets.criteria(set.id);
        Map<Long, List<CriteriaDtos.Indicator>> indicators = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : all) {
            if (c.kind == CriterionKind.SCORED && c.maxPoints != null) {
                total = total.add(c.maxPoints);
            }
            if (c.parentId != null) {
                indicators.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(reader.toIndicator(c,
                        variants.getOrDefault(c.id, List.of()), questions.getOrDefault(c.id, List.of())));
            }
        }
        List<CriteriaDtos.Criterion> criteria = all.stream().filter(c -> c.parentId == null)
                .map(c -> reader.toCriterion(c, c.groupId == null ? null : groupCodes.get(c.groupId),
                        indicators.getOrDefault(c.id, List.of()), variants.getOrDefault(c.id, List.of()),
                        questions.getOrDefault(c.id, List.of())))
                .toList();
        return reader.toDto(set, groups.stream().map(reader::toDto).toList(), criteria, total);
    }

    private static void tidy(Criterion c) {
        c.code = c.code.strip();
        c.name = c.name.strip();
        c.unitOfMeasure = blankToNull(c.unitOfMeasure);
        c.comparison = blankToNull(c.comparison);
        c.expectedEvidence = blankToNull(c.expectedEvidence);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
