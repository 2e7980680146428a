package vn.danvan.assignment;

import java.util.List;

import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * What assignTask would do (AssignmentPreview in openapi.yaml): the organizations it would assign, in Vietnamese order,
 * their count, and how many of those described or listed already have the task (skipped).
 */
public record AssignmentPreviewDto(List<OrganizationRefDto> organizations, int count, int alreadyAssigned) {
}
