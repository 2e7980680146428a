package vn.danvan.survey;

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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The satisfaction-survey records of openapi.yaml (schemas Satisfaction*). */
public final class SurveyDtos {

    static final String REQUIRED = "bắt buộc (required)";
    static final String PERCENT = "từ 0 đến 100 (from 0 to 100)";
    static final String YEAR_FROM = "từ 1990 (from 1990)";
    static final String YEAR_TO = "đến 2100 (to 2100)";
    static final String VALUE = "từ 0 đến 10 (from 0 to 10)";

    private SurveyDtos() {
    }

    // ---- writes

    public record ScaleOption(
            @NotNull(message = REQUIRED) @Min(value = 0, message = VALUE) @Max(value = 10, message = VALUE) Integer value,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String label) {
    }

    public record QuestionWrite(Long criterionId,
            @Size(max = 20, message = "tối đa 20 ký tự (at most 20 characters)") String criterionCode,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String criterionName,
            @NotBlank(message = REQUIRED) @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)") String text) {
    }

    public record PlanAreaWrite(@NotNull(message = REQUIRED) Long residentialAreaId,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "ít nhất 1 hộ (at least 1 household)") @Max(value = 100000, message = "tối đa 100000 (at most 100000)") Integer households) {
    }

    public record Create(@NotNull(message = REQUIRED) Long titleId, @NotNull(message = REQUIRED) Long unitId,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String name,
            @Min(value = 1990, message = YEAR_FROM) @Max(value = 2100, message = YEAR_TO) Integer year,
            @Size(max = 11, message = "tối đa 11 mức (at most 11 options)") List<@Valid @NotNull(message = REQUIRED) ScaleOption> scale,
            @Size(max = 11, message = "tối đa 11 mức (at most 11 values)") List<@NotNull(message = REQUIRED) Integer> satisfiedValues,
            @DecimalMin(value = "1", message = "từ 1 đến 100 (from 1 to 100)") @DecimalMax(value = "100", message = PERCENT) BigDecimal minimumResponsePercent,
            @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT) BigDecimal thresholdPercent,
            @Size(max = 200, message = "tối đa 200 câu hỏi (at most 200 questions)") List<@Valid @NotNull(message = REQUIRED) QuestionWrite> questions,
            @Size(max = 1000, message = "tối đa 1000 khu dân cư (at most 1000 areas)") List<@Valid @NotNull(message = REQUIRED) PlanAreaWrite> plan) {
    }

    public record Update(
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String name,
            @NotNull(message = REQUIRED) @Min(value = 1990, message = YEAR_FROM) @Max(value = 2100, message = YEAR_TO) Integer year,
            @NotNull(message = REQUIRED) @Size(min = 2, max = 11, message = "từ 2 đến 11 mức (2 to 11 options)") List<@Valid @NotNull(message = REQUIRED) ScaleOption> scale,
            @NotNull(message = REQUIRED) @Size(min = 1, max = 11, message = "từ 1 đến 11 giá trị (1 to 11 values)") List<@NotNull(message = REQUIRED) Integer> satisfiedValues,
            @NotNull(message = REQUIRED) @DecimalMin(value = "1", message = "từ 1 đến 100 (from 1 to 100)") @DecimalMax(value = "100", message = PERCENT) BigDecimal minimumResponsePercent,
            @NotNull(message = REQUIRED) @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT) BigDecimal thresholdPercent,
            @NotNull(message = REQUIRED) @Size(max = 200, message = "tối đa 200 câu hỏi (at most 200 questions)") List<@Valid @NotNull(message = REQUIRED) QuestionWrite> questions,
            @NotNull(message = REQUIRED) @Size(max = 1000, message = "tối đa 1000 khu dân cư (at most 1000 areas)") List<@Valid @NotNull(message = REQUIRED) PlanAreaWrite> plan,
            @NotNull(message = REQUIRED) Long version) {
    }

    /** The version read, for a step that carries nothing else. */
    public record VersionOnly(@NotNull(message = REQUIRED) Long version) {
    }

    public record AnswerWrite(@NotNull(message = REQUIRED) Long questionId,
            @NotNull(message = REQUIRED) @Min(value = 0, message = VALUE) @Max(value = 10, message = VALUE) Integer value) {
    }

    /** One paper form: its area and its answers, nothing that names the household. */
    public record ResponseWrite(@NotNull(message = REQUIRED) Long residentialAreaId,
            @NotEmpty(message = "ít nhất một câu trả lời (at least one answer)") @Size(max = 200, message = "tối đa 200 câu (at most 200 answers)") List<@Valid @NotNull(message = REQUIRED) AnswerWrite> answers) {
    }

    public record PublicResponseWrite(
            @NotBlank(message = REQUIRED) @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String code,
            @NotEmpty(message = "ít nhất một câu trả lời (at least one answer)") @Size(max = 200, message = "tối đa 200 câu (at most 200 answers)") List<@Valid @NotNull(message = REQUIRED) AnswerWrite> answers) {
    }

    public record CodeBatchWrite(@NotNull(message = REQUIRED) Long residentialAreaId,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "từ 1 đến 1000 (from 1 to 1000)") @Max(value = 1000, message = "từ 1 đến 1000 (from 1 to 1000)") Integer count) {
    }

    // ---- reads

    public record Ref(long id, String code, String name) {
    }

    public record Question(long id, int position, Long criterionId, String criterionCode, String criterionName,
            String text) {
    }

    public record PlanArea(long residentialAreaId, String residentialAreaName, int households) {
    }

    public record Survey(long id, Ref title, Ref unit, Long criteriaSetId, String name, int year,
            SatisfactionSurveyState state, List<ScaleOption> scale, List<Integer> satisfiedValues,
            BigDecimal minimumResponsePercent, BigDecimal thresholdPercent, List<Question> questions,
            List<PlanArea> plan, long responses, long plannedHouseholds, LocalDate openedOn, LocalDate closedOn,
            LocalDate publishedOn, boolean demo, OffsetDateTime createdAt, long version, Permissions permissions) {
    }

    /** What the caller may do to a survey now (SurveyAccess): a true flag's operation succeeds. */
    public record Permissions(boolean edit, boolean open, boolean close, boolean publish, boolean enterForms,
            boolean issueCodes) {
    }

    public record Summary(long id, Ref title, Ref unit, String name, int year, SatisfactionSurveyState state,
            long responses, long plannedHouseholds, LocalDate publishedOn, long version) {
    }

    public record Receipt(long surveyId, long residentialAreaId, LocalDate receivedOn, int answers) {
    }

    /** {@code link}: the public page's absolute address to print; {@code path}: the same page's path. */
    public record CodeBatch(long surveyId, long residentialAreaId, String residentialAreaName, String link, String path,
            List<String> codes) {
    }

    public record AreaRate(long residentialAreaId, String name, int households, long responses, double responsePercent,
            boolean reached) {
    }

    public record ValueCount(int value, String label, long count, boolean satisfied) {
    }

    public record Share(long answers, long satisfied, double satisfiedPercent, boolean passed) {
    }

    public record QuestionResult(long questionId, String text, Share share, List<ValueCount> byValue) {
    }

    public record CriterionResult(Long criterionId, String criterionCode, String criterionName, Share share,
            List<QuestionResult> questions) {
    }

    public record Results(long surveyId, String name, Ref title, Ref unit, int year, SatisfactionSurveyState state,
            LocalDate publishedOn, BigDecimal thresholdPercent, BigDecimal minimumResponsePercent,
            long plannedHouseholds, long responses, double responsePercent, boolean sampleReached, List<AreaRate> areas,
            Share overall, List<CriterionResult> criteria, boolean publishable, List<Blocker> blockers) {
    }

    /**
     * One reason a survey cannot be published now, by a stable {@code code} (SurveyBlockers): its message in Vietnamese
     * (English), and the figures a client needs to word it itself.
     */
    public record Blocker(String code, String message, SatisfactionSurveyState state, Long residentialAreaId,
            String residentialAreaName, Long responses, Long households, Double responsePercent,
            BigDecimal minimumResponsePercent) {
    }

    public record Questionnaire(long surveyId, String name, String titleName, String unitName, List<ScaleOption> scale,
            List<Question> questions) {
    }

    public record PublicSurvey(long id, String name, String titleName, String unitName, String provinceName, int year,
            LocalDate publishedOn, long responses, double satisfiedPercent, boolean passed) {
    }
}
