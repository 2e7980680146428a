package vn.danvan.unit.residential;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Write DTOs → residential area entity. */
@Mapper
public interface ResidentialAreaWriteMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "validTo", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    ResidentialArea toNewArea(ResidentialAreaCreateDto dto);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "unitId", ignore = true)
    @Mapping(target = "code", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    void applyUpdate(ResidentialAreaUpdateDto dto, @MappingTarget ResidentialArea area);
}
