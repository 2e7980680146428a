package vn.danvan.assignment;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.organization.OrganizationKind;

/** Whom to assign a task to (AssignmentTargets in openapi.yaml). */
public record AssignmentTargetsDto(
        @Size(max = 500, message = "tối đa 500 đơn vị (at most 500 organizations)") List<@NotNull(message = "bắt buộc (required)") Long> organizationIds,
        OrganizationKind kind, UnitLevel level, Long underUnitId) {
}
