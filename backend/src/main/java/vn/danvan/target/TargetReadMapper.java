package vn.danvan.target;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A target entity → the target read back, with its directive, scope unit, title and progress. */
@Mapper
interface TargetReadMapper {

    @Mapping(target = "id", source = "target.id")
    @Mapping(target = "directive", source = "directive")
    @Mapping(target = "scopeUnit", source = "scopeUnit")
    @Mapping(target = "title", source = "title")
    @Mapping(target = "progress", source = "progress")
    TargetDtos.View toView(Target target, TargetDtos.DirectiveRef directive, TargetDtos.UnitRef scopeUnit,
            TargetDtos.TitleRef title, TargetDtos.Progress progress);
}
