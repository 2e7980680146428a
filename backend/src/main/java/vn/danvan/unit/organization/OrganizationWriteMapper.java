package vn.danvan.unit.organization;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Write DTOs → organization entity. */
@Mapper
public interface OrganizationWriteMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "validTo", ignore = true)
    @Mapping(target = "successorId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    @Mapping(target = "scopePath", ignore = true)
    Organization toNewOrganization(OrganizationCreateDto dto);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "code", ignore = true)
    @Mapping(target = "unitId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    @Mapping(target = "scopePath", ignore = true)
    void applyUpdate(OrganizationUpdateDto dto, @MappingTarget Organization organization);
}
