package vn.danvan.unit.residential;

import java.time.LocalDate;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Residential area entity → read DTO. */
@Mapper
public interface ResidentialAreaMapper {

    @Mapping(target = "current", expression = "java(area.isValidOn(today))")
    ResidentialAreaDto toDto(ResidentialArea area, @Context LocalDate today);
}
