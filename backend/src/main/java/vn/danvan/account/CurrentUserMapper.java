package vn.danvan.account;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.common.security.CurrentUser;
import vn.danvan.unit.UnitSummaryDto;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.residential.ResidentialAreaDto;

/** The token's view of the caller plus their organization and unit → CurrentUser. */
@Mapper
public interface CurrentUserMapper {

    @Mapping(target = "username", source = "user.username")
    @Mapping(target = "fullName", source = "user.fullName")
    @Mapping(target = "email", source = "user.email")
    @Mapping(target = "roles", source = "user.roles")
    CurrentUserDto toDto(CurrentUser user, OrganizationRefDto organization, UnitSummaryDto unit,
            ResidentialAreaDto residentialArea);
}
