package vn.danvan.unit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Write DTOs → unit entity: a new unit from UnitCreate, changes from UnitUpdate. */
@Mapper
public interface UnitWriteMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "level", expression = "java(dto.kind().level())")
    @Mapping(target = "path", ignore = true)
    @Mapping(target = "validTo", ignore = true)
    @Mapping(target = "successorId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    @Mapping(target = "scopePath", ignore = true)
    AdministrativeUnit toNewUnit(UnitCreateDto dto);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "code", ignore = true)
    @Mapping(target = "level", expression = "java(dto.kind().level())")
    @Mapping(target = "parentId", ignore = true)
    @Mapping(target = "path", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    @Mapping(target = "scopePath", ignore = true)
    void applyUpdate(UnitUpdateDto dto, @MappingTarget AdministrativeUnit unit);
}
