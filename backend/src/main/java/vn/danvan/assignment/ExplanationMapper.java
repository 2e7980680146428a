package vn.danvan.assignment;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Explanation entity → the record read back. */
@Mapper
interface ExplanationMapper {

    @Mapping(target = "answered", expression = "java(explanation.answer != null)")
    ExplanationDtos.View toView(Explanation explanation);
}
