package vn.danvan.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * The criteria records of openapi.yaml: RecognitionTitle and its writes, CriteriaSet (summary, whole, writes) with its
 * rule, groups, criteria, indicators, variants and questions.
 */
public final class CriteriaDtos {

    static final String REQUIRED = "bắt buộc (required)";
    static final String TEXT_20 = "tối đa 20 ký tự (at most 20 characters)";
    static final String TEXT_40 = "tối đa 40 ký tự (at most 40 characters)";
    static final String TEXT_300 = "tối đa 300 ký tự (at most 300 characters)";
    static final String TEXT_1000 = "tối đa 1000 ký tự (at most 1000 characters)";
    static final String TEXT_2000 = "tối đa 2000 ký tự (at most 2000 characters)";
    static final String TEXT_5000 = "tối đa 5000 ký tự (at most 5000 characters)";
    static final String PERCENT = "từ 0 đến 100 (0 to 100)";
    static final String POINTS = "từ 0,01 đến 999999 (0.01 to 999999)";
    static final String SCORE = "từ 0 đến 999999 (0 to 999999)";
    /** What numeric(14, 4) holds. */
    static final String THRESHOLD = "trong khoảng ±9999999999 (within ±9999999999)";
    static final String COMPARISON = ">=, <= hoặc = (>=, <= or =)";

    private CriteriaDtos() {
    }

    public record Title(long id, String code, String name, SubjectKind subjectKind, OrganizationRefDto issuer,
            DecidingLevel decidingLevel, String description, boolean demo, boolean canChange, long version) {
    }

    public record TitleCreate(
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)") @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "chữ, số, dấu . _ - (letters, digits, . _ -)") String code,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = TEXT_300) String name,
            @NotNull(message = REQUIRED) SubjectKind subjectKind,
            @NotNull(message = REQUIRED) Long issuerOrganizationId,
            @NotNull(message = REQUIRED) DecidingLevel decidingLevel,
            @Size(max = 5000, message = TEXT_5000) String description) {
    }

    public record TitleUpdate(@NotBlank(message = REQUIRED) @Size(max = 300, message = TEXT_300) String name,
            @NotNull(message = REQUIRED) DecidingLevel decidingLevel,
            @Size(max = 5000, message = TEXT_5000) String description, @NotNull(message = REQUIRED) Long version) {
    }

    /** How the set passes a subject, and the procedure's figures. */
    public record Rule(@NotNull(message = REQUIRED) PassRule passRule,
            @DecimalMin(value = "0", message = SCORE) @DecimalMax(value = "999999", message = SCORE) BigDecimal passingScore,
            @Min(value = 0, message = "từ 0 đến 365 (0 to 365)") @Max(value = 365, message = "từ 0 đến 365 (0 to 365)") Integer postingDays,
            @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT) BigDecimal voteThresholdPercent,
            @Min(value = 1, message = "từ 1 đến 50 (1 to 50)") @Max(value = 50, message = "từ 1 đến 50 (1 to 50)") Integer validityYears,
            @Min(value = 1, message = "từ 1 đến 600 (1 to 600)") @Max(value = 600, message = "từ 1 đến 600 (1 to 600)") Integer reassessmentMonths,
            @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT) BigDecimal revokeKeyFailPercent,
            @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT) BigDecimal revokeFailPercent) {
    }

    public record Group(@NotBlank(message = REQUIRED) @Size(max = 20, message = TEXT_20) String code,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = TEXT_300) String name) {
    }

    public record Variant(
            @NotNull(message = REQUIRED) @Min(value = 1, message = "từ 1 đến 9 (1 to 9)") @Max(value = 9, message = "từ 1 đến 9 (1 to 9)") Integer communeGroup,
            @DecimalMin(value = "-9999999999", message = THRESHOLD) @DecimalMax(value = "9999999999", message = THRESHOLD) BigDecimal threshold,
            @Size(max = 2000, message = TEXT_2000) String note) {
    }

    /** An indicator (chỉ tiêu) of a criterion. */
    public record Indicator(Long id, @NotBlank(message = REQUIRED) @Size(max = 20, message = TEXT_20) String code,
            @NotBlank(message = REQUIRED) @Size(max = 2000, message = TEXT_2000) String name,
            @NotNull(message = REQUIRED) CriterionKind kind,
            @DecimalMin(value = "0.01", message = POINTS) @DecimalMax(value = "999999", message = POINTS) BigDecimal maxPoints,
            @Size(max = 40, message = TEXT_40) String unitOfMeasure,
            @Pattern(regexp = ">=|<=|=", message = COMPARISON) String comparison,
            @DecimalMin(value = "-9999999999", message = THRESHOLD) @DecimalMax(value = "9999999999", message = THRESHOLD) BigDecimal threshold,
            @NotNull(message = REQUIRED) Boolean required, @NotNull(message = REQUIRED) Boolean key,
            @Size(max = 2000, message = TEXT_2000) String expectedEvidence,
            @Size(max = 9, message = "tối đa 9 nhóm xã (at most 9 commune groups)") List<@Valid @NotNull(message = REQUIRED) Variant> variants,
            @Size(max = 20, message = "tối đa 20 câu hỏi (at most 20 questions)") List<@NotBlank(message = REQUIRED) @Size(max = 1000, message = TEXT_1000) String> questions) {
    }

    /** A criterion (tiêu chí) with its indicators. */
    public record Criterion(Long id, @Size(max = 20, message = TEXT_20) String groupCode,
            @NotBlank(message = REQUIRED) @Size(max = 20, message = TEXT_20) String code,
            @NotBlank(message = REQUIRED) @Size(max = 2000, message = TEXT_2000) String name,
            @NotNull(message = REQUIRED) CriterionKind kind,
            @DecimalMin(value = "0.01", message = POINTS) @DecimalMax(value = "999999", message = POINTS) BigDecimal maxPoints,
            @Size(max = 40, message = TEXT_40) String unitOfMeasure,
            @Pattern(regexp = ">=|<=|=", message = COMPARISON) String comparison,
            @DecimalMin(value = "-9999999999", message = THRESHOLD) @DecimalMax(value = "9999999999", message = THRESHOLD) BigDecimal threshold,
            @NotNull(message = REQUIRED) Boolean required, @NotNull(message = REQUIRED) Boolean key,
            @Size(max = 2000, message = TEXT_2000) String expectedEvidence,
            @Size(max = 50, message = "tối đa 50 chỉ tiêu (at most 50 indicators)") List<@Valid @NotNull(message = REQUIRED) Indicator> indicators,
            @Size(max = 9, message = "tối đa 9 nhóm xã (at most 9 commune groups)") List<@Valid @NotNull(message = REQUIRED) Variant> variants,
            @Size(max = 20, message = "tối đa 20 câu hỏi (at most 20 questions)") List<@NotBlank(message = REQUIRED) @Size(max = 1000, message = TEXT_1000) String> questions) {
    }

    /** A line of a title's versions. */
    public record SetSummary(long id, long titleId, int versionNo, String name, String level, CriteriaSetStatus status,
            LocalDate effectiveFrom, LocalDate effectiveTo, Long directiveId, Long copiedFromId, boolean demo,
            OffsetDateTime publishedAt, int criteriaCount, long version) {
    }

    /** A version whole: its rule, groups and criteria (indicators under their criterion). */
    public record Set(long id, long titleId, int versionNo, String name, String level, CriteriaSetStatus status,
            LocalDate effectiveFrom, LocalDate effectiveTo, Long directiveId, Long copiedFromId, String notes,
            boolean demo, OffsetDateTime publishedAt, String publishedBy, Rule rule, List<Group> groups,
            List<Criterion> criteria, BigDecimal totalMaxPoints, long version) {
    }

    public record SetWrite(@NotBlank(message = REQUIRED) @Size(max = 300, message = TEXT_300) String name,
            @Size(max = 20, message = TEXT_20) String level, @NotNull(message = REQUIRED) LocalDate effectiveFrom,
            LocalDate effectiveTo, Long directiveId, @Size(max = 5000, message = TEXT_5000) String notes,
            @Valid @NotNull(message = REQUIRED) Rule rule,
            @NotNull(message = REQUIRED) @Size(max = 30, message = "tối đa 30 nhóm (at most 30 groups)") List<@Valid @NotNull(message = REQUIRED) Group> groups,
            @NotNull(message = REQUIRED) @Size(max = 300, message = "tối đa 300 tiêu chí (at most 300 criteria)") List<@Valid @NotNull(message = REQUIRED) Criterion> criteria) {
    }

    public record SetUpdate(@NotBlank(message = REQUIRED) @Size(max = 300, message = TEXT_300) String name,
            @Size(max = 20, message = TEXT_20) String level, @NotNull(message = REQUIRED) LocalDate effectiveFrom,
            LocalDate effectiveTo, Long directiveId, @Size(max = 5000, message = TEXT_5000) String notes,
            @Valid @NotNull(message = REQUIRED) Rule rule,
            @NotNull(message = REQUIRED) @Size(max = 30, message = "tối đa 30 nhóm (at most 30 groups)") List<@Valid @NotNull(message = REQUIRED) Group> groups,
            @NotNull(message = REQUIRED) @Size(max = 300, message = "tối đa 300 tiêu chí (at most 300 criteria)") List<@Valid @NotNull(message = REQUIRED) Criterion> criteria,
            @NotNull(message = REQUIRED) Long version) {

        SetWrite document() {
            return new SetWrite(name, level, effectiveFrom, effectiveTo, directiveId, notes, rule, groups, criteria);
        }
    }

    public record Transition(@NotNull(message = REQUIRED) Long version) {
    }
}
