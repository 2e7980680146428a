package vn.danvan.unit;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Entity → read DTOs for units; {@code today} decides {@code current}. */
@Mapper
public interface UnitReadMapper {

    @Mapping(target = "current", expression = "java(unit.isValidOn(today))")
    UnitSummaryDto toSummary(AdministrativeUnit unit, @Context LocalDate today);

    List<UnitSummaryDto> toSummaries(List<AdministrativeUnit> units, @Context LocalDate today);

    @Mapping(target = "id", source = "unit.id")
    @Mapping(target = "code", source = "unit.code")
    @Mapping(target = "name", source = "unit.name")
    @Mapping(target = "shortName", source = "unit.shortName")
    @Mapping(target = "kind", source = "unit.kind")
    @Mapping(target = "level", source = "unit.level")
    @Mapping(target = "parentId", source = "unit.parentId")
    @Mapping(target = "validFrom", source = "unit.validFrom")
    @Mapping(target = "validTo", source = "unit.validTo")
    @Mapping(target = "successorId", source = "unit.successorId")
    @Mapping(target = "version", source = "unit.version")
    @Mapping(target = "current", expression = "java(unit.isValidOn(today))")
    UnitDetailDto toDetail(AdministrativeUnit unit, UnitRelatives relatives, @Context LocalDate today);
}
