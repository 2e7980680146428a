package vn.danvan.rural;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.recognition.RecognitionDecisionStatus;

/** What the rural programme's endpoints read and write (openapi.yaml, schemas Rural*). */
public final class RuralDtos {

    static final String REQUIRED = "bắt buộc (required)";

    private RuralDtos() {
    }

    public record CommuneRef(long id, String code, String name, String kind, boolean former, LocalDate validTo,
            Long successorId) {
    }

    public record CommuneRow(CommuneRef commune, Integer group, RuralLevel level, Long levelDecisionId,
            String levelDecisionNumber, LocalDate levelSignedOn, Integer formerCommunes,
            Integer formerCommunesRecognized, int year, Long setId, int criteriaMet, int criteriaCount) {
    }

    public record CommuneGroup(long unitId, int periodFrom, int periodTo, int group, String note, String setBy,
            OffsetDateTime setAt, long version) {
    }

    public record CommuneGroupWrite(
            @NotNull(message = REQUIRED) @Min(value = 2010, message = "từ 2010 (from 2010)") @Max(value = 2100, message = "đến 2100 (to 2100)") Integer periodTo,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "nhóm 1, 2 hoặc 3 (group 1, 2 or 3)") @Max(value = 3, message = "nhóm 1, 2 hoặc 3 (group 1, 2 or 3)") Integer group,
            @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String note,
            @NotNull(message = REQUIRED) @Min(value = 0, message = "không được âm (must not be negative)") Long version) {
    }

    public record AssessmentWrite(@NotNull(message = REQUIRED) Boolean met, BigDecimal value,
            @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)") String note,
            @NotNull(message = REQUIRED) @Min(value = 0, message = "không được âm (must not be negative)") Long version) {
    }

    public record Assessment(long id, long unitId, long criterionId, int year, boolean met, BigDecimal value,
            String note, String assessedBy, OffsetDateTime assessedAt, List<AttachmentDto> attachments, long version) {
    }

    public record CriterionYear(int year, boolean assessed, Boolean met, BigDecimal value, String note,
            String assessedBy, OffsetDateTime assessedAt, List<AttachmentDto> attachments, long version) {
    }

    public record CriterionRow(long id, Long parentId, String groupCode, String code, String name, String kind,
            String unitOfMeasure, String comparison, BigDecimal threshold, String variantNote, boolean keyCriterion,
            List<CriterionYear> years) {
    }

    public record SetRef(long id, String titleCode, String name, RuralLevel level, int versionNo,
            LocalDate effectiveFrom, LocalDate effectiveTo, String status, Long directiveId, String directiveNumber) {
    }

    public record CriteriaPage(CommuneRef commune, Integer group, SetRef set, int fromYear, int toYear,
            List<CriterionRow> criteria, boolean canAssess, boolean canSetGroup, boolean canRecord) {
    }

    public record StandingTitle(long decisionId, String titleCode, RuralLevel level, String number, LocalDate signedOn,
            SetRef set, int criteriaCount, int assessedCount, int failedCount, List<String> failedCodes,
            List<String> failedKeyCodes, BigDecimal revokeKeyFailPercent, BigDecimal revokeFailPercent,
            boolean revocationRequired, String verdict) {
    }

    public record Standing(CommuneRef commune, int year, RuralLevel level, List<StandingTitle> titles) {
    }

    public record Recognition(long decisionId, long caseId, long titleId, String titleCode, String titleName,
            RuralLevel level, Long setId, CommuneRef commune, String number, LocalDate signedOn, String signer,
            LocalDate validFrom, LocalDate validUntil, LocalDate endedOn, RecognitionDecisionStatus status,
            boolean recorded, long version) {
    }

    public record RecordedDecisionWrite(@NotNull(message = REQUIRED) Long titleId, Long setId,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String number,
            @NotNull(message = REQUIRED) LocalDate signedOn,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String signer,
            LocalDate validFrom, LocalDate validUntil,
            @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String note) {
    }
}
