package vn.danvan.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A criteria set as other features judge by it (recognition cases, NTM status, surveys): its title, its rule and its
 * criteria in order, indicators after their criterion. Read through {@link CriteriaCatalogService}.
 */
public record CriteriaSetDto(long id, long titleId, String titleCode, String titleName, SubjectKind subjectKind,
        DecidingLevel decidingLevel, long issuerOrganizationId, int versionNo, String name, String level,
        CriteriaSetStatus status, LocalDate effectiveFrom, LocalDate effectiveTo, PassRule passRule,
        BigDecimal passingScore, Integer postingDays, BigDecimal voteThresholdPercent, Integer validityYears,
        Integer reassessmentMonths, BigDecimal revokeKeyFailPercent, BigDecimal revokeFailPercent,
        List<CriterionView> criteria) {

    /** One criterion or indicator (an indicator has a {@code parentId}). */
    public record CriterionView(long id, Long parentId, String groupCode, String code, String name, CriterionKind kind,
            BigDecimal maxPoints, String unitOfMeasure, String comparison, BigDecimal threshold, boolean required,
            boolean key, String expectedEvidence, int position) {
    }

    /** Whether the set may judge a case on {@code day}: published and in its effective period. */
    public boolean inForceOn(LocalDate day) {
        return status == CriteriaSetStatus.PUBLISHED && !day.isBefore(effectiveFrom)
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
