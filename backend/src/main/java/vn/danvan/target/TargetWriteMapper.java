package vn.danvan.target;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** A target as written → its entity (the directive, position, demo flag and bookkeeping are the service's). */
@Mapper
interface TargetWriteMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "directiveId", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "demo", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "wording", expression = "java(dto.wording() == null || dto.wording().isBlank() ? null : dto.wording().strip())")
    void apply(TargetDtos.Write dto, @MappingTarget Target target);
}
