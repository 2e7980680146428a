package vn.danvan.unit.organization;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Organization entity → read DTOs. */
@Mapper
public interface OrganizationMapper {

    @Mapping(target = "current", expression = "java(organization.isValidOn(today))")
    OrganizationDto toDto(Organization organization, @Context LocalDate today);

    OrganizationRefDto toRef(Organization organization);
}
