package vn.danvan.account;

import java.util.List;

import vn.danvan.unit.UnitSummaryDto;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.residential.ResidentialAreaDto;

/** The caller (CurrentUser in openapi.yaml). */
public record CurrentUserDto(String username, String fullName, String email, List<String> roles,
        OrganizationRefDto organization, UnitSummaryDto unit, ResidentialAreaDto residentialArea) {
}
