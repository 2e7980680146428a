package vn.danvan.movement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.unit.organization.OrganizationRefDto;

/** The movement records of openapi.yaml: EmulationMovement, EmulationPeriod, EmulationRound, EmulationField, writes. */
public final class MovementDtos {

    private static final String REQUIRED = "bắt buộc (required)";

    private MovementDtos() {
    }

    public record Field(
            @NotNull(message = REQUIRED) @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "chữ in hoa, số, gạch dưới; tối đa 40 (A-Z, 0-9, _; at most 40)") String code,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name) {
    }

    /** A field as models keep it: its id too. */
    public record FieldRef(long id, String code, String name) {
    }

    public record Round(Long id, Long periodId, RoundKind kind, int year, String name, LocalDate registrationFrom,
            LocalDate registrationTo, LocalDate appraisalDeadline, long version) {
    }

    /** A round with what the models need of its movement and period. */
    public record RoundFacts(long id, long movementId, long movementOrganizationId, String name, int year,
            RoundKind kind, LocalDate registrationFrom, LocalDate registrationTo, LocalDate appraisalDeadline) {
    }

    public record Period(Long id, String name, int startYear, int endYear, boolean demo, List<Round> rounds) {
    }

    public record Movement(Long id, String name, OrganizationRefDto organization, Long directiveId, String description,
            List<Field> fields, List<Period> periods, long version) {
    }

    public record RoundWrite(@NotNull(message = REQUIRED) RoundKind kind,
            @NotNull(message = REQUIRED) @Min(value = 2000, message = "từ 2000 (from 2000)") @Max(value = 2100, message = "đến 2100 (up to 2100)") Integer year,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
            @NotNull(message = REQUIRED) LocalDate registrationFrom,
            @NotNull(message = REQUIRED) LocalDate registrationTo,
            @NotNull(message = REQUIRED) LocalDate appraisalDeadline) {
    }

    public record PeriodWrite(@Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String name,
            @NotNull(message = REQUIRED) @Min(value = 2000, message = "từ 2000 (from 2000)") @Max(value = 2100, message = "đến 2100 (up to 2100)") Integer startYear,
            @NotNull(message = REQUIRED) @Min(value = 2000, message = "từ 2000 (from 2000)") @Max(value = 2100, message = "đến 2100 (up to 2100)") Integer endYear,
            Boolean demo,
            @NotEmpty(message = REQUIRED) @Size(max = 20, message = "tối đa 20 đợt (at most 20 rounds)") List<@Valid @NotNull(message = REQUIRED) RoundWrite> rounds) {
    }

    public record Create(
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String name,
            @NotNull(message = REQUIRED) Long organizationId, Long directiveId,
            @Size(max = 5000, message = "tối đa 5000 ký tự (at most 5000 characters)") String description,
            @NotEmpty(message = REQUIRED) @Size(max = 30, message = "tối đa 30 lĩnh vực (at most 30 fields)") List<@Valid @NotNull(message = REQUIRED) Field> fields,
            @NotEmpty(message = REQUIRED) @Size(max = 10, message = "tối đa 10 giai đoạn (at most 10 periods)") List<@Valid @NotNull(message = REQUIRED) PeriodWrite> periods) {
    }

    public record Update(
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String name,
            Long directiveId,
            @Size(max = 5000, message = "tối đa 5000 ký tự (at most 5000 characters)") String description,
            @NotEmpty(message = REQUIRED) @Size(max = 30, message = "tối đa 30 lĩnh vực (at most 30 fields)") List<@Valid @NotNull(message = REQUIRED) Field> fields,
            @NotNull(message = REQUIRED) Long version) {
    }

    public record RoundUpdate(@NotNull(message = REQUIRED) LocalDate registrationFrom,
            @NotNull(message = REQUIRED) LocalDate registrationTo,
            @NotNull(message = REQUIRED) LocalDate appraisalDeadline, @NotNull(message = REQUIRED) Long version) {
    }
}
