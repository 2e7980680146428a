package vn.danvan.target;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.unit.UnitKind;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.organization.OrganizationRefDto;

/** The records of the targets' API (the Target* schemas of openapi.yaml). */
public final class TargetDtos {

    static final String REQUIRED = "bắt buộc (required)";
    static final String NOT_NEGATIVE = "không âm (0 or more)";
    static final String AT_MOST = "tối đa 1.000.000 (at most 1,000,000)";
    static final String POSITION = "từ 0 đến 1000 (0 to 1000)";
    static final String WORDING = "tối đa 1000 ký tự (at most 1000 characters)";

    private TargetDtos() {
    }

    /** A target as written by its directive's editors. */
    public record Write(@NotNull(message = REQUIRED) TargetMeasure measure, TargetUnitGroup unitGroup,
            TargetTitleLevel titleLevel, Long titleId, @NotNull(message = REQUIRED) TargetExpression expression,
            @NotNull(message = REQUIRED) Long scopeUnitId, @NotNull(message = REQUIRED) LocalDate deadline,
            @NotNull(message = REQUIRED) @DecimalMin(value = "0", message = NOT_NEGATIVE) @DecimalMax(value = "1000000", message = AT_MOST) Double valueMin,
            @DecimalMin(value = "0", message = NOT_NEGATIVE) @DecimalMax(value = "1000000", message = AT_MOST) Double valueMax,
            @Size(max = 1000, message = WORDING) String wording,
            @Min(value = 0, message = POSITION) @Max(value = 1000, message = POSITION) Integer position) {
    }

    /** A change: the same fields and the version read. */
    public record Update(@NotNull(message = REQUIRED) TargetMeasure measure, TargetUnitGroup unitGroup,
            TargetTitleLevel titleLevel, Long titleId, @NotNull(message = REQUIRED) TargetExpression expression,
            @NotNull(message = REQUIRED) Long scopeUnitId, @NotNull(message = REQUIRED) LocalDate deadline,
            @NotNull(message = REQUIRED) @DecimalMin(value = "0", message = NOT_NEGATIVE) @DecimalMax(value = "1000000", message = AT_MOST) Double valueMin,
            @DecimalMin(value = "0", message = NOT_NEGATIVE) @DecimalMax(value = "1000000", message = AT_MOST) Double valueMax,
            @Size(max = 1000, message = WORDING) String wording,
            @Min(value = 0, message = POSITION) @Max(value = 1000, message = POSITION) Integer position,
            @NotNull(message = REQUIRED) Long version) {

        Write write() {
            return new Write(measure, unitGroup, titleLevel, titleId, expression, scopeUnitId, deadline, valueMin,
                    valueMax, wording, position);
        }
    }

    /** The directive a target belongs to. */
    public record DirectiveRef(long id, String number, LocalDate issueDate, String subject, OrganizationRefDto issuer) {
    }

    /** The scope unit, possibly abolished. */
    public record UnitRef(long id, String code, String name, UnitLevel level, UnitKind kind, LocalDate validTo,
            String successorName) {
    }

    public record TitleRef(long id, String code, String name) {
    }

    /** Where a target stands on {@code asOf}. */
    public record Progress(TargetStatus status, TargetNotMeasurableReason reason, String reasonText, LocalDate asOf,
            Boolean settled, Long counted, Long of, Double share, Long missing) {
    }

    /** A target read back, with its progress. */
    public record View(long id, DirectiveRef directive, TargetMeasure measure, TargetUnitGroup unitGroup,
            TargetTitleLevel titleLevel, TitleRef title, TargetExpression expression, UnitRef scopeUnit,
            LocalDate deadline, Double valueMin, Double valueMax, String wording, int position, boolean demo,
            long version, Progress progress) {
    }

    public record Page(List<View> items, int page, int size, long total) {
    }

    public record TrendPoint(int year, LocalDate asOf, long counted, Long of, Double share) {
    }

    public record ProgressDetail(View target, List<TrendPoint> trend) {
    }

    public record MissingUnit(long id, String code, String name, UnitKind kind, String parentName,
            TargetTitleLevel heldLevel) {
    }

    public record MissingUnitPage(List<MissingUnit> items, int page, int size, long total, LocalDate asOf) {
    }
}
