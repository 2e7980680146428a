package vn.danvan.assignment.explanation;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.danvan.account.PeopleService.People;

/** Explanation entity → the record read back, asker and answerer named from the people of the response. */
@Mapper
interface ExplanationMapper {

    @Mapping(target = "answered", expression = "java(explanation.answer != null)")
    @Mapping(target = "requestedByPerson", expression = "java(people.of(explanation.requestedBy))")
    @Mapping(target = "answeredByPerson", expression = "java(people.of(explanation.answeredBy))")
    ExplanationDtos.View toView(Explanation explanation, @Context People people);
}
